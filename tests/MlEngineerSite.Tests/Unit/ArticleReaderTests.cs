using AngleSharp.Html.Dom;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Spec-style: an article file in, the rendered page fragment (parsed) or the problems out.</summary>
public sealed class ArticleReaderTests
{
    private const string Header = "---\ntitle: Test\ndescription: A test article.\n---\n";

    private static readonly FigureCatalog Figures = LoadFigures();

    private static FigureCatalog LoadFigures()
    {
        var (snapshot, problems) = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options);
        Assert.True(snapshot is not null, string.Join("\n", problems));
        return snapshot.Figures;
    }

    private static (Article? Article, ContentDiagnostics Diagnostics) Read(string text)
    {
        var diagnostics = new ContentDiagnostics();
        var article = ArticleReader.Read("articles/test.md", text, new DateOnly(2025, 1, 1), Figures, diagnostics);
        return (article, diagnostics);
    }

    private static IHtmlDocument Render(string body)
    {
        var (article, diagnostics) = Read(Header + body);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Problems));
        return Html.Parse(article!.Html);
    }

    private static string Problems(string text) => string.Join("\n", Read(text).Diagnostics.Problems);

    [Theory]
    [InlineData("## What they do", "what-they-do")]
    [InlineData("## Pay & *outlook*", "pay--outlook")]
    [InlineData("## `Python` first", "python-first")]
    [InlineData("## Salary {#pay}", "pay")]
    [InlineData("### Привет мир", "привет-мир")]
    public void Heading_GetsGithubCompatibleId(string markdown, string expectedId)
    {
        var heading = Render(markdown).QuerySelector("h2, h3")!;

        Assert.Equal(expectedId, heading.Id);
    }

    [Fact]
    public void PinnedId_IsNotShownInTheHeadingText()
    {
        var heading = Render("## Salary {#pay}").QuerySelector("h2")!;

        Assert.Equal("Salary", heading.FirstChild!.TextContent.Trim());
        Assert.DoesNotContain("{#", heading.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Pay first\n\n## Later {#pay-first}\n", "pay-first-1,pay-first")] // The pinned ID wins even from further down.
    [InlineData("## Later {#pay-first}\n\n## Pay first\n", "pay-first,pay-first-1")]
    [InlineData("## Pay {: #wage .highlight }\n", "wage")]
    public void PinnedId_WinsOverAnAutomaticOne_WhichMovesOn(string markdown, string expectedIds)
    {
        var (article, diagnostics) = Read(Header + markdown);

        Assert.Equal(expectedIds.Split(','), Html.Parse(article!.Html).QuerySelectorAll("h2").Select(h => h.Id));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Problems));
    }

    [Fact]
    public void AutomaticIdTakenByAPinnedOne_IsAWarningSayingWhereItMoved() =>
        Assert.Contains("articles/test.md:5:1: warning: this heading's ID would be 'pay-first', which a {#pay-first} elsewhere pins, so it is 'pay-first-1'",
            Problems(Header + "## Pay first\n\n## Later {#pay-first}\n"));

    [Theory]
    [InlineData("## !!!")]
    [InlineData("## 🚀")]
    [InlineData("## ...")]
    public void HeadingWithoutLettersOrDigits_GetsAStableHashedId_AndAWarning(string markdown)
    {
        var (first, diagnostics) = Read(Header + markdown + "\n");
        var (again, _) = Read(Header + "## Intro\n\nText.\n\n" + markdown + "\n");
        var id = Html.Parse(first!.Html).QuerySelector("h2")!.Id!;

        Assert.Matches("^h-[0-9a-f]{8}$", id);
        Assert.Equal(id, Html.Parse(again!.Html).QuerySelectorAll("h2")[1].Id); // The same text gives the same ID wherever the heading is.
        Assert.Contains(diagnostics.Problems, p => p.Severity == ContentSeverity.Warning && p.Message.StartsWith("this heading has no letters or digits to make an ID from", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateHeadings_AreSuffixedAcrossTheWholePage()
    {
        var ids = Render("## Skills\n\n### Skills\n\n## Skills\n").QuerySelectorAll("h2, h3").Select(h => h.Id);

        Assert.Equal(["skills", "skills-1", "skills-2"], ids);
    }

    [Fact]
    public void PinnedId_UsedTwice_IsAnErrorWithLine()
    {
        var problems = Problems(Header + "## One {#same}\n\n## Two {#same}\n");

        Assert.Contains("articles/test.md:7:1: error: heading ID 'same' is pinned twice in this article", problems);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <b onclick=\"x()\">bold</b>")]
    public void RawHtml_IsShownAsText_NeverAsMarkup(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Contains("<", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void UnsafeLink_IsRemoved_AndTextKept(string markdown)
    {
        var (article, diagnostics) = Read(Header + markdown);
        var document = Html.Parse(article!.Html);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Contains(diagnostics.Problems, p => p.Severity == ContentSeverity.Warning && p.Line == 5);
    }

    [Fact]
    public void UnsafeImage_IsRemoved_AndAltTextKept()
    {
        var document = Render("![a chart](javascript:alert(1))");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("a chart", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[site](https://example.org/)", "https://example.org/")]
    [InlineData("[plain](http://example.org/)", "http://example.org/")]
    [InlineData("[mail](mailto:team@example.org)", "mailto:team@example.org")]
    [InlineData("[page](/articles/salary#pay)", "/articles/salary#pay")]
    [InlineData("[top](#intro)", "#intro")]
    [InlineData("[time](/search?q=a:b)", "/search?q=a:b")]
    public void SafeLink_IsKept(string markdown, string href) =>
        Assert.Equal(href, Render(markdown).QuerySelector("a")!.GetAttribute("href"));

    [Fact]
    public void TableAlignment_IsRenderedAsClasses_NotStyleAttributes()
    {
        var document = Render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");

        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Equal(["align-left", "align-center", "align-right"], document.QuerySelectorAll("tbody td").Select(td => td.ClassName));
    }

    [Fact]
    public void GenericAttributes_AreNotParsed()
    {
        var document = Render("## Heading {onclick=alert(1)}\n\nText {.x onmouseover=alert(1)}");

        Assert.Empty(document.QuerySelectorAll("[onclick], [onmouseover]"));
    }

    [Fact]
    public void FigureDirective_RendersValueWithSourceAndDate()
    {
        var figure = Render("Pay is {{fig median-pay}}.").QuerySelector(".fig")!;

        Assert.Equal("100000", figure.QuerySelector("data")!.GetAttribute("value"));
        Assert.Equal("$100,000 a year", figure.QuerySelector("data")!.TextContent);
        Assert.Equal("https://stats.example/handbook", figure.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2024-05", figure.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void CitedFigure_AddsItsSourceToTheArticle()
    {
        var (article, _) = Read(Header + "Growth is {{fig growth}}.");

        Assert.Contains(article!.Sources, s => s.Title == "Test Statistics Office, Projections" && s.Url == "https://stats.example/projections");
    }

    [Fact]
    public void UnknownFigure_IsAnErrorWithLineAndColumn() =>
        Assert.Contains("articles/test.md:6:8: error: unknown figure 'no-such-key'", Problems(Header + "\nPay is {{fig no-such-key}}."));

    [Fact]
    public void UnknownDirective_IsShownAsText_WithAWarning()
    {
        var (article, diagnostics) = Read(Header + "{{graph pay}} and {{ page.title }}");
        var problems = diagnostics.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal("{{graph pay}} and {{ page.title }}", Html.Parse(article!.Html).QuerySelector("p")!.TextContent);
        Assert.Contains(problems, p => p.StartsWith("articles/test.md:5:1: warning: '{{graph pay}}' is not one of this site's directives", StringComparison.Ordinal));
    }

    [Fact]
    public void FiguresDirective_RendersTheNamedTable()
    {
        var rows = Render("{{figures pay}}").QuerySelectorAll("figure.data-table tbody tr");

        Assert.Equal(["Figure-low-pay", "Figure-median-pay", "Figure-hourly-pay"], rows.Select(r => r.Id));
    }

    [Fact]
    public void FiguresDirective_InsideText_IsAnError() =>
        Assert.Contains("must stand alone on its own line", Problems(Header + "See {{figures pay}} here."));

    [Fact]
    public void ComparisonDirective_RendersEveryRowAndColumn()
    {
        var table = Render("{{comparison}}").QuerySelector("figure.comparison table")!;

        Assert.Equal(["Tester", "Developer"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Output", "Question"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Theory]
    [InlineData("title: [broken\ndescription: x", "articles/test.md:2:")]
    [InlineData("title: [T]\ndescription: D", "articles/test.md:2:8: error: 'title' must be a non-empty text value")]
    [InlineData("title: T\ndescription: D\nslug: Not A Slug", "articles/test.md:4:7: error: slug 'Not A Slug'")]
    [InlineData("title: T\ndescription: D\nupdated: 26/11/2026", "articles/test.md:4:10: error: 'updated' must be a date written YYYY-MM-DD")]
    [InlineData("title: T\ndescription: D\norder: first", "articles/test.md:4:8: error: 'order' must be a number, not 'first'")]
    [InlineData("title: T\ndescription: D\ndraft: maybe", "articles/test.md:4:8: error: 'draft' must be true or false, not 'maybe'")]
    [InlineData("title: T\ndescription: D\ntags: {a: b}", "articles/test.md:4:7: error: 'tags' must be a list of words")]
    [InlineData("title: T\ndescription: D\nsources:\n  - title: S\n    url: ftp://x", "articles/test.md:6:10: error: 'url' must be a web address starting with https://")]
    public void BrokenFrontMatter_IsReportedWithFileAndLine(string frontMatter, string expected) =>
        Assert.Contains(expected, Problems($"---\n{frontMatter}\n---\nBody"));

    [Theory]
    [InlineData("description: Only a description.", "articles/test.md:1:1: warning: no 'title' in front matter and no '# ' heading first: the page title is 'Test', from the file name")]
    [InlineData("title: Only a title", "articles/test.md:1:1: warning: no 'description' in front matter: it is taken from the first paragraph")]
    [InlineData("title: T\ndescription: D\ntitel: typo", "articles/test.md:4:1: warning: unknown key 'titel' is ignored")]
    public void MissingOrUnknownKeys_AreWarnings_AndThePageIsStillServed(string frontMatter, string expected)
    {
        var (article, diagnostics) = Read($"---\n{frontMatter}\n---\nBody");
        var problems = diagnostics.Problems.Select(p => p.ToString()).ToList();

        Assert.NotNull(article);
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void PageWithoutFrontMatter_TakesItsTitleFromTheFirstHeading_AndItsDescriptionFromTheFirstParagraph()
    {
        var (article, diagnostics) = Read("# Just Markdown\n\nThe first paragraph says what the page is about.\n\n## Part\n\nText.");

        Assert.Equal(("Just Markdown", "The first paragraph says what the page is about."), (article!.Title, article.Description));
        Assert.Empty(Html.Parse(article.Html).QuerySelectorAll("h1")); // The title is the page's h1; the heading is not repeated.
        Assert.Contains("articles/test.md:1:1: warning: no 'title' in front matter: the page title is this heading's text", diagnostics.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void UnclosedFrontMatter_IsAnError() =>
        Assert.Contains("articles/test.md:1:1: error: the front matter that starts on line 1 is never closed", Problems("---\ntitle: x\n"));

    [Fact]
    public void FrontMatter_SetsTitleSlugOrderAndDate()
    {
        var (article, _) = Read("---\ntitle: \"A: title\"\ndescription: D\nslug: custom-slug\norder: 3\nupdated: 2026-11-26\n---\nBody");

        Assert.Equal(("A: title", "custom-slug", 3d, new DateOnly(2026, 11, 26)), (article!.Title, article.Slug, article.Order, article.Updated));
    }

    [Fact]
    public void Slug_DefaultsToTheFileName_AndDateToTheFileDate()
    {
        var (article, _) = Read(Header + "Body");

        Assert.Equal(("test", new DateOnly(2025, 1, 1)), (article!.Slug, article.Updated));
    }

    [Fact]
    public void ReadingTime_CountsWordsAt230AMinute()
    {
        var (article, _) = Read(Header + string.Join(' ', Enumerable.Repeat("word", 461)));

        Assert.Equal(3, article!.ReadingMinutes);
    }
}
