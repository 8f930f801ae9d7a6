using System.Net;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

/// <summary>Markdown and front matter that nobody here wrote: served through the real app, nothing executes.</summary>
public sealed class HostileContentTests
{
    public static readonly string[] HostileMarkdown =
        File.ReadAllText(TestPaths.TestData("hostile-markdown.txt")).Split("\n=====\n").Select(e => e.Trim('\n')).ToArray();

    private static readonly string[] HostileText =
    [
        "<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "</title><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "\"}</script><script>alert(1)</script>",
        "javascript:alert(1)",
    ];

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [Fact]
    public async Task HostileArticles_AreServed_WithNoScriptNoHandlerAndNoUnsafeUrl()
    {
        using var content = new TempContent();
        for (var i = 0; i < HostileMarkdown.Length; i++)
        {
            var text = HostileText[i % HostileText.Length];
            content.Write($"articles/hostile-{i:D2}.md",
                $"---\ntitle: {Quote($"{text} {i}")}\ndescription: {Quote(text)}\nsources:\n  - title: {Quote(text)}\n    publisher: {Quote(text)}\n---\n"
                + $"Intro {i}.\n\n## Section {Quote(text)}\n\n{HostileMarkdown[i]}\n");
        }

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);
        Assert.True(snapshot is not null, string.Join("\n", problems));
        await using var factory = new ContentSiteFactory(content.Folder);
        var client = factory.CreateClient();

        foreach (var article in snapshot.Articles.Where(a => a.Slug.StartsWith("hostile", StringComparison.Ordinal)))
        {
            foreach (var path in article.Sections.Select(article.SectionUrl).Prepend(article.Url))
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                HtmlSafety.AssertSafe(Html.Parse(html), path);
            }
        }

        HtmlSafety.AssertSafe(await client.GetDocumentAsync("/"), "/");
        Assert.Equal(HostileMarkdown.Length + 3, snapshot.Articles.Count);
    }

    [Fact]
    public void DeeplyNestedMarkdown_IsAContentError_NotACrash()
    {
        using var content = new TempContent().Write("articles/deep.md", "---\ntitle: T\ndescription: D\n---\n" + new string('>', 50_000) + " x");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/deep.md:5:1: error: the Markdown is nested too deeply to render (quotes, lists or brackets inside one another)");
    }

    public static TheoryData<string, string> QuadraticInMarkdig => new()
    {
        // Markdig's link and autolink parsers are quadratic in these (bench/README, "Pathological Markdown").
        { "unclosed links", string.Concat(Enumerable.Repeat("[a](b", 1001)) },
        { "web addresses", string.Concat(Enumerable.Repeat("www.a.example ", 1001)) },
        { "reference definitions", string.Concat(Enumerable.Range(0, 1001).Select(i => $"[r{i}]: /u\n")) },
        { "links in one table", "| a |\n|:-:|\n" + string.Concat(Enumerable.Range(0, 1001).Select(i => $"| [l](/x{i}) |\n")) },
    };

    [Theory]
    [MemberData(nameof(QuadraticInMarkdig))]
    public void BlockWithMoreLinkStartsThanTheBudget_IsAContentError_NotAStall(string what, string block)
    {
        var diagnostics = new ContentDiagnostics();

        ArticleReader.Read("articles/x.md", $"---\ntitle: T\ndescription: D\n---\nIntro.\n\n{block}", TestClock.Today, new MlEngineerSite.Figures.FigureCatalog([]), diagnostics);

        var problem = Assert.Single(diagnostics.Problems);
        Assert.True(problem.ToString().StartsWith("articles/x.md:7:1: error: this paragraph or table has 1,001 links, brackets or web addresses", StringComparison.Ordinal), what + ": " + problem);
    }

    [Fact]
    public void BlockWithinTheBudget_IsRendered()
    {
        var links = string.Concat(Enumerable.Range(0, 1000).Select(i => $"[l{i}](/x) "));
        var diagnostics = new ContentDiagnostics();

        var article = ArticleReader.Read("articles/x.md", $"---\ntitle: T\ndescription: D\n---\n{links}\n", TestClock.Today, new MlEngineerSite.Figures.FigureCatalog([]), diagnostics);

        Assert.Equal(1000, Html.Parse(article!.Html).QuerySelectorAll("a[href='/x']").Length);
    }

    [Fact]
    public void WideAlignedTable_GetsEachColumnsAlignmentOnEveryCell()
    {
        const int columns = 300;
        var alignments = new[] { ":--", ":-:", "--:", "---" };
        var table = "|" + string.Concat(Enumerable.Range(0, columns).Select(i => $" h{i} |")) + "\n"
            + "|" + string.Concat(Enumerable.Range(0, columns).Select(i => alignments[i % 4] + "|")) + "\n"
            + string.Concat(Enumerable.Repeat("|" + string.Concat(Enumerable.Range(0, columns).Select(i => $" c{i} |")) + "\n", 50));

        var article = ArticleReader.Read("articles/x.md", $"---\ntitle: T\ndescription: D\n---\n{table}", TestClock.Today, new MlEngineerSite.Figures.FigureCatalog([]), new ContentDiagnostics());

        var rows = Html.Parse(article!.Html).QuerySelectorAll("tr");
        Assert.Equal(51, rows.Length);
        Assert.All(rows, row =>
        {
            var cells = row.Children;
            Assert.Equal(columns, cells.Length);
            for (var i = 0; i < columns; i++)
            {
                var expected = new[] { "align-left", "align-center", "align-right", "" }[i % 4];
                Assert.Equal(expected, cells[i].ClassName ?? "");
            }
        });
    }

    [Fact]
    public void OversizedFile_IsAContentError()
    {
        using var content = new TempContent().Write("articles/big.md", "---\ntitle: T\ndescription: D\n---\n" + new string('x', 2048));

        var (_, problems) = ContentLoader.Load(content.Folder, TestClock.Options with { MaxFileBytes = 1024 });

        var size = new FileInfo(Path.Combine(content.Folder, "articles/big.md")).Length;
        Assert.Contains(problems, p => p.ToString() == $"articles/big.md:1:1: error: the file is {size:N0} bytes, more than the limit of 1,024 (Content__MaxFileBytes)");
    }

    [Fact]
    public void YamlAliasBomb_IsRefusedQuickly_WithoutExpandingIt()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\nsources: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n";
        using var content = new TempContent().Write("articles/bomb.md", $"---\ntitle: T\ndescription: D\n{bomb}---\nText.");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Path == "articles/bomb.md" && p.Message.StartsWith("unknown key 'a'", StringComparison.Ordinal));
        Assert.True(problems.Count < 50, $"{problems.Count} problems: the aliases were expanded");
    }

    [Fact]
    public void InvalidUtf8_IsAContentError_NamingTheLine()
    {
        using var content = new TempContent();
        File.WriteAllBytes(Path.Combine(content.Folder, "articles/latin1.md"), [.. "---\ntitle: T\ndescription: D\n---\nCaf"u8, 0xE9, .. "\n"u8]);

        var (_, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Contains(problems, p => p.ToString() == "articles/latin1.md:5:1: error: the file is not valid UTF-8: save it with UTF-8 encoding");
    }

    [Fact]
    public void SymlinkOutsideTheContentFolder_IsNotRead()
    {
        using var outside = new TempContent(copyBasic: false).Write("secret.md", "---\ntitle: Secret\ndescription: Outside\n---\nThe password is hunter2.");
        using var content = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Folder, "articles/linked.md"), Path.Combine(outside.Folder, "secret.md"));

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/linked.md:1:1: error: this is a link to a place outside the content folder, so it is not read");
    }

    [Fact]
    public void SymlinkInsideTheContentFolder_IsFine()
    {
        using var content = new TempContent().Write("drafts/delta.md", "---\ntitle: Delta\ndescription: D\n---\nText.");
        File.CreateSymbolicLink(Path.Combine(content.Folder, "articles/delta.md"), Path.Combine(content.Folder, "drafts/delta.md"));

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.True(snapshot is not null, string.Join("\n", problems));
        Assert.True(snapshot.BySlug.ContainsKey("delta"));
    }
}
