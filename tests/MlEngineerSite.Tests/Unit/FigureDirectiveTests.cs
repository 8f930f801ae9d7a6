using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Dates and periods of figures in prose, and figures side by side, as an article renders them.</summary>
public sealed class FigureDirectiveTests
{
    private const string Figures = """
        side_by_side:
          - id: roles
            title: Two roles
            columns: [Testers, Developers]
            rows:
              - label: Median pay
                figures: [tester-pay, developer-pay]
              - label: Growth
                figures: [tester-growth, ~]
              - label: Mixed
                figures: [tester-pay, developer-pay-old]
        tables:
          - id: all
            title: All
            figures:
              - key: tester-pay
                label: Tester pay
                value: 100000
                unit: USD
                per: year
                date: 2024-05
                source: Office, Handbook
                url: https://stats.example/testers
              - key: developer-pay
                label: Developer pay
                value: 120000
                unit: USD
                per: year
                date: 2024-05
                source: Office, Handbook
                url: https://stats.example/testers
              - key: developer-pay-old
                label: Developer pay, earlier
                value: 110000
                unit: USD
                per: year
                date: 2022-05
                source: Board, Survey
              - key: tester-growth
                label: Growth
                value: 12
                unit: percent
                period: 2024–34
                date: 2024
                source: Office, Projections
        """;

    private static (Article Article, IReadOnlyList<ContentProblem> Problems) Render(string body)
    {
        var diagnostics = new ContentDiagnostics();
        var catalog = FiguresFileReader.Read(Figures, null, TestClock.Options.FigureAge, diagnostics);
        Assert.Empty(diagnostics.Problems);
        var article = ArticleReader.Read("articles/x.md", $"---\ntitle: T\ndescription: D\n---\n{body}\n", TestClock.Today, catalog, diagnostics);
        return (article!, diagnostics.Problems);
    }

    [Theory]
    [InlineData("Pay as of {{date tester-pay}}.", "<p>Pay as of <time datetime=\"2024-05\">May 2024</time>.</p>")]
    [InlineData("Growth over {{period tester-growth}}.", "<p>Growth over 2024–34.</p>")]
    public void DateAndPeriod_ComeFromTheFigure(string markdown, string html)
    {
        var (article, problems) = Render(markdown);

        Assert.Empty(problems);
        Assert.Equal(html, article.Html.Trim());
        Assert.Contains(article.Sources, s => s.Title.StartsWith("Office", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{period tester-pay}}", "articles/x.md:5:1: error: figure 'tester-pay' has no period in data/figures.yaml")]
    [InlineData("{{date nothing}}", "articles/x.md:5:1: error: unknown figure 'nothing': it is not a key in data/figures.yaml")]
    [InlineData("{{date}}", "articles/x.md:5:1: error: {{date}} needs a figure key, as in {{date median-pay}}")]
    [InlineData("{{side-by-side nothing}}", "articles/x.md:5:1: error: unknown side-by-side table 'nothing': it is not an id under side_by_side in data/figures.yaml")]
    public void MissingFigureOrField_IsAnErrorAtItsPlace(string markdown, string problem)
    {
        var (_, problems) = Render(markdown);

        Assert.Equal([problem], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void SideBySide_ShowsEachColumnsFigure_WithTheRowsDateOnceOrEachCellsOwn()
    {
        var (article, problems) = Render("{{side-by-side roles}}");
        var table = Html.Parse(article.Html).QuerySelector("figure#Figures-roles table")!;
        var rows = table.QuerySelectorAll("tbody tr");

        Assert.Empty(problems);
        Assert.Equal("Two roles", table.QuerySelector("caption strong")!.TextContent);
        Assert.Equal(["Testers", "Developers"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        // Same date in the row: once, beside the label.
        Assert.Equal("Median payMay 2024", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal(["$100,000 a year", "$120,000 a year"], rows[0].QuerySelectorAll("td data").Select(d => d.TextContent));
        // No figure for one column: a dash that screen readers hear as words.
        Assert.Equal("no figure published", rows[1].QuerySelectorAll("td")[1].QuerySelector(".visually-hidden")!.TextContent);
        // Different dates in the row: each cell says its own.
        Assert.Equal("Mixed", rows[2].QuerySelector("th")!.TextContent);
        Assert.Equal(["May 2024", "May 2022"], rows[2].QuerySelectorAll("td time").Select(t => t.TextContent));
        Assert.Equal(["https://stats.example/testers"], Html.Parse(article.Html).QuerySelectorAll(".table-source a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void SideBySideRow_WithTheWrongNumberOfFigures_IsAnError()
    {
        var diagnostics = new ContentDiagnostics();

        FiguresFileReader.Read(Figures.Replace("figures: [tester-growth, ~]", "figures: [tester-growth]", StringComparison.Ordinal), null, TestClock.Options.FigureAge, diagnostics);

        Assert.Contains("data/figures.yaml:9:18: error: row 'Growth' has 1 figures but there are 2 columns", diagnostics.Problems.Select(p => p.ToString()));
    }
}
