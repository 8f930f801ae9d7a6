using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Charts, the occupation block, percentiles and staleness in data/figures.yaml.</summary>
public sealed class FigureExtrasTests
{
    private const string Tables = """
        tables:
          - id: pay
            title: Pay
            figures:
              - key: low
                label: Low
                value: 50000
                unit: USD
                per: year
                percentile: 10
                date: 2022-05
                source: Office, Handbook
              - key: median
                label: Median
                value: 90000
                unit: USD
                per: year
                percentile: 50
                date: 2022-05
                source: Office, Handbook
              - key: growth
                label: Growth
                value: 12
                unit: percent
                date: 2022
                source: Office, Projections
              - key: degree
                label: Entry education
                value: Master's degree
                date: 2022
                source: Office, Handbook
        """;

    private static (FigureCatalog Catalog, string Problems) Read(string yaml, DateOnly? today = null)
    {
        var diagnostics = new ContentDiagnostics();
        var catalog = FiguresFileReader.Read(yaml, comparison: null, new ContentLoadOptions(today ?? new DateOnly(2023, 1, 1)).FigureAge, diagnostics);
        return (catalog, string.Join("\n", diagnostics.Problems));
    }

    [Fact]
    public void FigureOlderThanTheConfiguredAge_GetsANote_AndAWarningAtItsLine()
    {
        var (catalog, problems) = Read(Tables, today: new DateOnly(2025, 6, 1));

        Assert.True(catalog.ByKey["low"].IsStale);
        Assert.Contains("data/figures.yaml:5:9: warning: figure 'low' is from May 2022, more than 3 years ago; newer data may exist", problems);
        Assert.False(catalog.ByKey["growth"].IsStale); // 2022 runs to the end of the year: not yet three years old.
    }

    [Fact]
    public void FigureWithinTheConfiguredAge_HasNoNote()
    {
        var (catalog, problems) = Read(Tables, today: new DateOnly(2025, 5, 30));

        Assert.Empty(problems);
        Assert.All(catalog.All, f => Assert.False(f.IsStale));
    }

    [Fact]
    public void Chart_ListsItsFiguresInOrder()
    {
        var (catalog, problems) = Read(Tables + "\ncharts:\n  - id: spread\n    title: Spread\n    figures: [median, low]\n");

        Assert.Empty(problems);
        Assert.Equal(["median", "low"], catalog.Charts.Single().Figures.Select(f => f.Key));
    }

    [Theory]
    [InlineData("figures: [low, growth]", "data/figures.yaml:33:5: error: chart 'spread' must show numbers in one unit")]
    [InlineData("figures: [low, degree]", "data/figures.yaml:33:5: error: chart 'spread' must show numbers in one unit")]
    [InlineData("figures: [low, nope]", "data/figures.yaml:35:20: error: chart figure 'nope' is not the key of any figure")]
    public void BrokenChart_IsAnErrorWithLine(string figures, string expected) =>
        Assert.Contains(expected, Read(Tables + $"\ncharts:\n  - id: spread\n    title: Spread\n    {figures}\n").Problems);

    [Fact]
    public void Occupation_ReadsPayPercentilesEducationAndSkills()
    {
        var (catalog, problems) = Read(Tables + "\noccupation:\n  name: Tester\n  description: Tests.\n  country: Testland\n  education: degree\n  skills: [A, B]\n  pay: [low, median]\n");
        var occupation = catalog.Occupation!;

        Assert.Empty(problems);
        Assert.Equal(("Tester", "Testland", "degree"), (occupation.Name, occupation.Country, occupation.Education!.Key));
        Assert.Equal(["A", "B"], occupation.Skills);
        Assert.Equal([10, 50], occupation.Pay.Select(p => p.Percentile!.Value));
    }

    [Fact]
    public void OccupationPage_IsRead_AndMustBeASlug()
    {
        const string occupation = "\noccupation:\n  name: T\n  description: D\n  country: C\n  pay: [low]\n  page: {0}\n";

        Assert.Equal("pay-page", Read(Tables + string.Format(occupation, "pay-page")).Catalog.Occupation!.Page);
        Assert.Contains("page 'Pay Page' must be an article's slug", Read(Tables + string.Format(occupation, "Pay Page")).Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void OccupationPage_ChoosesTheArticleThatShowsIt_AndAMissingOneFailsCheck()
    {
        using var content = new TempContent();
        var figures = Path.Combine(content.Folder, "data", "figures.yaml");
        var text = File.ReadAllText(figures);
        Assert.Equal("gamma", ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!.FiguresArticle!.Slug); // cites the most figures

        content.Write("data/figures.yaml", text.Replace("  pay: [low-pay, median-pay]\n", "  pay: [low-pay, median-pay]\n  page: alpha\n", StringComparison.Ordinal));
        Assert.Equal("alpha", ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!.FiguresArticle!.Slug);

        content.Write("data/figures.yaml", text.Replace("  pay: [low-pay, median-pay]\n", "  pay: [low-pay, median-pay]\n  page: nowhere\n", StringComparison.Ordinal));
        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);
        Assert.Equal("gamma", snapshot!.FiguresArticle!.Slug);
        Assert.Contains("data/figures.yaml:13:1: error: the occupation's page 'nowhere' is not an article's slug", string.Join('\n', problems), StringComparison.Ordinal);
    }

    [Fact]
    public void OccupationPay_WithoutAPercentile_IsAnError() =>
        Assert.Contains("pay figure 'growth' needs a currency unit and a 'percentile'",
            Read(Tables + "\noccupation:\n  name: T\n  description: D\n  country: C\n  pay: [low, growth]\n").Problems);

    [Fact]
    public void Percentile_OutsideTheKnownOnes_IsAnError() =>
        Assert.Contains("data/figures.yaml:10:21: error: 'percentile' must be one of 10, 25, 50, 75, 90, not 42",
            Read(Tables.Replace("percentile: 10", "percentile: 42", StringComparison.Ordinal)).Problems);

    [Fact]
    public void Chart_HasAnAccessibleTitleAndDescription_WithEveryValue()
    {
        var chart = Read(Tables + "\ncharts:\n  - id: spread\n    title: Pay spread\n    figures: [low, median]\n").Catalog.Charts[0];
        var svg = Html.Parse(MlEngineerSite.Rendering.ComponentHtml.Render<MlEngineerSite.Figures.Views.ChartView>(("Chart", chart))).QuerySelector("svg")!;
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Pay spread", svg.QuerySelector("title")!.TextContent);
        Assert.Equal([svg.QuerySelector("title")!.Id, svg.QuerySelector("desc")!.Id], labelledBy);
        Assert.Contains("Low: $50,000 a year (Office, May 2022)", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["$50,000 a year", "$90,000 a year"], svg.QuerySelectorAll(".chart-value").Select(t => t.TextContent));
        Assert.Empty(svg.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void ChartLabels_NameTheBars_AndOneSharedSourceIsSaidOnce()
    {
        var chart = Read(Tables + "\ncharts:\n  - id: spread\n    title: Pay spread\n    figures: [low, median]\n    labels: [Testers, Engineers]\n").Catalog.Charts[0];
        var figure = Html.Parse(MlEngineerSite.Rendering.ComponentHtml.Render<MlEngineerSite.Figures.Views.ChartView>(("Chart", chart))).QuerySelector("figure")!;

        Assert.Equal(["Testers", "Engineers"], figure.QuerySelectorAll(".chart-label").Select(t => t.TextContent));
        Assert.Contains("Testers: $50,000 a year", figure.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(figure.QuerySelectorAll(".chart-source")); // both bars: Office, May 2022
        Assert.Contains("Source: Office, May 2022.", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartLabels_OnePerFigure_OrAnErrorWithTheLine() =>
        Assert.Contains("data/figures.yaml:36:13: error: chart 'spread' has 1 labels for 2 figures: give one label per figure, in the same order",
            Read(Tables + "\ncharts:\n  - id: spread\n    title: Pay spread\n    figures: [low, median]\n    labels: [Testers]\n").Problems);
}
