using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Parts;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Unit;

/// <summary>The parts the page adds around an article's text ("On this page", quick facts, at a glance, sources) are sections like the text's own.</summary>
public sealed class ArticlePartsTests
{
    private const string Header = "---\ntitle: Test\ndescription: The article's own description.\nsources:\n  - title: The Handbook\n    publisher: Test Office\n---\n";

    private static readonly FigureCatalog Figures = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options).Snapshot!.Figures;

    private static (Article Article, IReadOnlyList<ContentProblem> Problems) Read(string text)
    {
        var diagnostics = new ContentDiagnostics();
        var article = ArticleReader.Read("articles/test.md", text, new DateOnly(2025, 1, 1), Figures, diagnostics);
        Assert.NotNull(article);
        return (ArticleParts.WithOwnParts(article, diagnostics), diagnostics.Problems);
    }

    [Fact]
    public void Contents_ComeFirst_AndSources_Last_AroundTheTextsSections_WithIdsFromTheirHeadings()
    {
        var (article, problems) = Read(Header + "## Pay\n\nText.\n\n### By city\n\nCity.\n\n## Outlook\n\nMore.\n");

        Assert.Empty(problems);
        Assert.Equal(["on-this-page", "pay", "by-city", "outlook", "sources"], article.Sections.Select(s => s.Id));
        Assert.Equal([SectionKind.Contents, SectionKind.Text, SectionKind.Text, SectionKind.Text, SectionKind.Sources], article.Sections.Select(s => s.Kind));
        Assert.Equal(["On this page", "Sources"], new[] { SectionKind.Contents, SectionKind.Sources }.Select(k => article.Part(k)!.Title));
        Assert.True(article.HasHeading("sources"), "a link to #sources is a link to a heading");
    }

    [Fact]
    public void Contents_LinkWithinTheArticle_OnItsPage_AndToTheArticle_OnTheirSharePage()
    {
        var contents = Read(Header + "## Pay\n\nText.\n\n### By city\n\nCity.\n").Article.Part(SectionKind.Contents)!;

        Assert.Equal(["#pay", "#by-city"], Html.Parse(contents.ArticleHtml!).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/articles/test#pay", "/articles/test#by-city"], Html.Parse(contents.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Pay", "By city"], Html.Parse(contents.Html).QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("What this article covers: Pay.", contents.Summary);
    }

    [Fact]
    public void Sources_AreListed_WithADescriptionInWholeSentences()
    {
        var sources = Read(Header + "## Pay\n\nText.\n").Article.Part(SectionKind.Sources)!;
        var item = Html.Parse(sources.Html).QuerySelector("li")!;

        Assert.Equal("The Handbook, Test Office", item.TextContent);
        Assert.Equal("The source this article cites, from Test Office.", sources.Summary);
        Assert.False(sources.IsSearched, "search finds what the sources list repeats in the article itself");
    }

    [Fact]
    public void AnAuthorsHeading_KeepsTheIdAPartWouldHave_AndThePartMovesOn_WithAWarningAtThatHeading()
    {
        var (article, problems) = Read(Header + "## Sources\n\nWhere the numbers come from.\n\n## On this page {#on-this-page}\n\nPinned.\n");

        Assert.Equal(["on-this-page-1", "sources", "on-this-page", "sources-1"], article.Sections.Select(s => s.Id));
        Assert.Equal(SectionKind.Text, article.Sections.Single(s => s.Id == "sources").Kind);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("articles/test.md", p.Path));
        Assert.Contains(problems, p => p.Line == 8 && p.Message.Contains("#sources-1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 12 && p.Message.Contains("#on-this-page-1", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOldIdThatAnAnchorAliasKeeps_IsNotGivenToAPart()
    {
        var (article, _) = Read("---\ntitle: Test\ndescription: D.\nanchor_aliases: { sources: pay }\nsources:\n  - title: The Handbook\n---\n## Pay\n\nText.\n");

        Assert.Equal("sources-1", article.Part(SectionKind.Sources)!.Id);
        Assert.Equal("pay", article.FindSection("sources", out var isAlias)!.Id);
        Assert.True(isAlias);
    }

    [Fact]
    public void AnArticleWithoutHeadingsOrSources_HasNoParts()
    {
        var (article, _) = Read("---\ntitle: Test\ndescription: D.\n---\nJust text.\n");

        Assert.Empty(article.Sections);
    }

    [Fact]
    public void FiguresArticle_GetsTheQuickFactsAndTheOccupationAtAGlance_WithTheirFirstPayFigureAsHeadline()
    {
        var (own, _) = Read(Header + "## Pay\n\nText.\n");
        var diagnostics = new ContentDiagnostics();
        var article = ArticleParts.WithFigureParts(own, Figures, diagnostics);
        var facts = article.Part(SectionKind.QuickFacts)!;
        var glance = article.Part(SectionKind.AtAGlance)!;

        Assert.Empty(diagnostics.Problems);
        Assert.Equal(["on-this-page", "quick-facts", "software-tester-at-a-glance", "pay", "sources"], article.Sections.Select(s => s.Id));
        Assert.Equal("median-pay", facts.Headline!.Key);
        Assert.Equal("low-pay", glance.Headline!.Key);
        Assert.Equal("Quick facts: Median pay, $100,000 a year (May 2024); Entry education, Bachelor's degree (2024).", facts.Summary);
        Assert.Equal("Testers find the bugs before the readers do.", glance.Summary);
        Assert.Equal(Figures.QuickFacts.Select(f => f.DisplayValue), Html.Parse(facts.Html).QuerySelectorAll(".fact-value").Select(v => v.TextContent));
        Assert.Contains("Curiosity, Test design", glance.Text, StringComparison.Ordinal);
        Assert.True(facts.IsSearched && glance.IsSearched);
    }
}
