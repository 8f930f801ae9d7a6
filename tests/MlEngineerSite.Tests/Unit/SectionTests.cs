using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Unit;

public sealed class SectionTests
{
    private const string Header = "---\ntitle: Test\ndescription: The article's own description.\n---\n";

    private static readonly FigureCatalog Figures = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options).Snapshot!.Figures;

    private static (Article? Article, string Problems) Read(string text)
    {
        var diagnostics = new ContentDiagnostics();
        var article = ArticleReader.Read("articles/test.md", text, new DateOnly(2025, 1, 1), Figures, diagnostics);
        return (article, string.Join("\n", diagnostics.Problems));
    }

    private static Article Article(string body)
    {
        var (article, problems) = Read(Header + body);
        Assert.True(article is not null, problems);
        return article;
    }

    [Fact]
    public void Section_SpansToTheNextHeadingOfTheSameOrHigherLevel()
    {
        var article = Article("Intro.\n\n## Pay\n\nPay text.\n\n### By city\n\nCity text.\n\n## Outlook\n\nOutlook text.\n");
        var sections = article.Sections.ToDictionary(s => s.Id);

        Assert.Equal(["pay", "by-city", "outlook"], article.Sections.Select(s => s.Id));
        Assert.Equal(["Pay text.", "City text."], Html.Parse(sections["pay"].Html).QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal("by-city", Html.Parse(sections["pay"].Html).QuerySelector("h2")!.Id); // Promoted: the section page's h1 is "Pay".
        Assert.Equal(["City text."], Html.Parse(sections["by-city"].Html).QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("Outlook", sections["pay"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_IsTheFirstParagraphAsPlainText_WithFiguresWritten()
    {
        var section = Article("## Pay\n\nThe *median* is {{fig median-pay}}, says [the office](https://stats.example/).\n\nSecond.").Sections[0];

        Assert.Equal("The median is $100,000 a year, says the office.", section.Summary);
    }

    [Fact]
    public void Summary_OfOneLongSentence_IsCutAtAWord_Within160Characters()
    {
        var words = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"word{i}"));
        var summary = Article($"## Long\n\n{words}").Sections[0].Summary;

        Assert.True(summary.Length <= 160, $"{summary.Length} characters");
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
        Assert.StartsWith(summary[..^1], words, StringComparison.Ordinal);
        Assert.Matches(@"word\d+…$", summary);
    }

    [Fact]
    public void Summary_KeepsTheWholeSentencesThatFit()
    {
        var first = "Pay depends on the city and the employer, and on how much of the offer is paid in shares rather than salary.";
        var summary = Article($"## Pay\n\n{first} A second sentence would take the description well past the length a preview shows whole.").Sections[0].Summary;

        Assert.Equal(first, summary);
    }

    [Fact]
    public void Summary_OfAParagraphThatIntroducesAList_NamesTheFirstItems_NotAColon()
    {
        var summary = Article("## Tasks\n\nThese tasks come up again and again:\n\n- Framing problems.\n- Building pipelines.\n- Shipping models.\n- Monitoring.\n").Sections[0].Summary;

        Assert.Equal("These tasks come up again and again: Framing problems; Building pipelines; Shipping models; and more.", summary);
    }

    [Theory]
    [InlineData("The figures are in the table below:\n\n| a |\n|---|\n| 1 |\n", "The figures are in the table below…")]
    [InlineData("Read this:", "Read this…")]
    public void Summary_NeverEndsWithAColon(string body, string expected) =>
        Assert.Equal(expected, Article("## Part\n\n" + body).Sections[0].Summary);

    [Theory]
    [InlineData("title: " + "A title that goes on and on about machine learning engineering careers.", "the title is 71 characters: search results and link previews cut it after about 70")]
    [InlineData("description: " + "x", null)]
    public void LongTitleOrDescription_IsAWarning(string line, string? expected)
    {
        var (_, problems) = Read($"---\n{line}\n---\nText.\n");
        var longDescription = Read($"---\ntitle: T\ndescription: {new string('d', 161)}\n---\nText.\n").Problems;

        if (expected is null)
        {
            Assert.DoesNotContain("cut it after", problems, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, problems, StringComparison.Ordinal);
        }

        Assert.Contains("the description is 161 characters: search results and link previews cut it after about 160", longDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_WithoutAParagraph_IsSummarisedByTheArticleDescription() =>
        Assert.Equal("The article's own description.", Article("## Table only\n\n| a |\n|---|\n| 1 |\n").Sections[0].Summary);

    [Fact]
    public void SectionHeading_HasARealLinkToItself_WithAnAccessibleName()
    {
        var link = Html.Parse(Article("## What they do\n\nText.").Html).QuerySelector("h2 a.heading-link")!;

        Assert.Equal("#what-they-do", link.GetAttribute("href"));
        Assert.Equal("Link to the section “What they do”", link.GetAttribute("aria-label"));
    }

    [Fact]
    public void HeadingInsideAList_GetsAnIdButNoSection()
    {
        var article = Article("- ## Nested\n\n## Top\n\nText.");

        Assert.Equal(["nested", "top"], article.Headings.Select(h => h.Id));
        Assert.Equal(["top"], article.Sections.Select(s => s.Id));
    }

    [Fact]
    public void HeadingLevelOneInsideTheArticle_IsShownAsLevelTwo_WithAWarning()
    {
        var (article, problems) = Read(Header + "Intro.\n\n# Another title\n\nText.");

        Assert.Equal(["another-title"], Html.Parse(article!.Html).QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Contains("articles/test.md:7:1: warning: a level-1 heading inside the article is shown as a level-2 heading", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void AnchorAlias_IsAnExtraTargetJustBeforeTheCurrentHeading()
    {
        var article = Read("---\ntitle: T\ndescription: D\nanchor_aliases:\n  old-name: new-name\n---\n## New name\n\nText.").Article!;
        var document = Html.Parse(article.Html);
        var alias = document.GetElementById("old-name")!;

        Assert.Equal("anchor-alias", alias.ClassName);
        Assert.Equal("new-name", alias.NextElementSibling!.Id);
        Assert.Equal("new-name", article.FindSection("old-name", out var isAlias)!.Id);
        Assert.True(isAlias);
    }

    [Theory]
    [InlineData("anchor_aliases:\n  old: nowhere", "articles/test.md:5:8: error: anchor alias 'old' points at 'nowhere', but no heading")]
    [InlineData("anchor_aliases:\n  new-name: other", "articles/test.md:5:3: error: anchor alias 'new-name' is still the ID of a heading")]
    [InlineData("anchor_aliases: [old]", "articles/test.md:4:17: error: 'anchor_aliases' must be 'old-id: current-id' lines")]
    [InlineData("aliases:\n  - [Old Slug]", "articles/test.md:5:5: error: each alias must be an old slug (lower-case letters, digits and single hyphens) or an old path starting with '/'")]
    public void BrokenAlias_IsAnErrorWithLine(string frontMatter, string expected) =>
        Assert.Contains(expected, Read($"---\ntitle: T\ndescription: D\n{frontMatter}\n---\n## New name\n\nText.").Problems);
}
