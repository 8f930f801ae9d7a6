using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>
/// Folders in the styles of Jekyll, Hugo, MkDocs and an Obsidian vault (TestContent/dialects), dropped
/// in unchanged: each is served with no error, every Markdown file a page (drafts aside), every
/// cross-link leading somewhere, and warnings that say what the site did not understand.
/// </summary>
public sealed class OtherToolsFoldersTests
{
    public static TheoryData<string> Folders => new("jekyll", "hugo", "mkdocs", "obsidian");

    private static string Folder(string name) => Path.Combine(TestPaths.BasicContent, "..", "dialects", name);

    private static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(string name, bool strict = false) =>
        ContentLoader.Load(Folder(name), TestClock.Options with { Strict = strict });

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_LoadsWithoutErrors_AndEveryMarkdownFileButADraftIsAPage(string name)
    {
        var (snapshot, problems) = Load(name);
        var files = Directory.EnumerateFiles(Path.Combine(Folder(name), "articles"), "*.md", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("\ndraft: true", StringComparison.Ordinal))
            .Select(f => "articles/" + Path.GetRelativePath(Path.Combine(Folder(name), "articles"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.True(snapshot is not null, string.Join("\n", problems));
        Assert.DoesNotContain(problems, p => p.Severity == ContentSeverity.Error);
        Assert.Equal(files, snapshot.Articles.Select(a => a.RelativePath).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task EveryLinkBetweenItsPages_LeadsToAPageAndItsHeading(string name)
    {
        await using var factory = new ContentSiteFactory(Folder(name));
        using var client = factory.CreateClient();
        var (snapshot, _) = Load(name);

        var followed = await LinkCrawl.AssertEveryLinkResolvesAsync(client, snapshot!.Articles.Select(a => a.Url));

        Assert.True(followed > snapshot.Articles.Count * 3, $"only {followed} links followed");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void StrictLoading_TurnsEveryWarningIntoAnError(string name)
    {
        var (lenient, warnings) = Load(name);
        var (strict, errors) = Load(name, strict: true);

        Assert.NotNull(lenient);
        Assert.NotEmpty(warnings);
        Assert.Null(strict);
        Assert.Equal(warnings.Select(w => $"{w.Path}:{w.Line}:{w.Column}: {w.Message}"), errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: {e.Message}"));
        Assert.All(errors, e => Assert.Equal(ContentSeverity.Error, e.Severity));
    }

    [Theory]
    [InlineData("jekyll", "articles/index.md:8:1: warning: '{% include callout.html kind=\"info\" %}' is a Liquid tag (Jekyll), which this site does not run, so it is shown as text")]
    [InlineData("jekyll", "articles/about.md:9:1: warning: '{{ site.title }}.' is another tool's template syntax, which this site does not run, so it is shown as text")]
    [InlineData("jekyll", "articles/_posts/2024-01-15-welcome.md:2:1: warning: unknown key 'layout' is ignored (the README lists the keys the site reads, under 'Front matter') (also in 2 other files)")]
    [InlineData("hugo", "articles/docs/_index.md:5:1: warning: '{{< toc >}}' is a Hugo shortcode, which this site does not run, so it is shown as text")]
    [InlineData("mkdocs", "articles/user-guide/install.md:1:1: warning: no 'title' in front matter: the page title is this heading's text")]
    [InlineData("mkdocs", "articles/user-guide/install.md:5:1: warning: heading attributes other than an ID (.important) are not used")]
    [InlineData("obsidian", "articles/Home.md:1:1: warning: no 'title' in front matter and no '# ' heading first: the page title is 'Home', from the file name")]
    [InlineData("obsidian", "articles/Ideas.md:3:11: warning: alias 'Thoughts' is not a slug, so the old address it keeps is /articles/thoughts")]
    public void WhatTheSiteDidNotUnderstand_IsAWarningAtItsPlace(string name, string warning) =>
        Assert.Contains(warning, Load(name).Problems.Select(p => p.ToString()));

    [Fact]
    public async Task JekyllFolder_KeepsItsPermalinksAndRedirects_AndItsPostsAuthorsAndTags()
    {
        await using var factory = new ContentSiteFactory(Folder("jekyll"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var old in new[] { "/about", "/about-us", "/team/about.html" })
        {
            using var response = await client.GetAsync(old, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/articles/about", response.Headers.Location!.OriginalString);
        }

        var post = await client.GetDocumentAsync("/articles/posts-2024-01-15-welcome");
        Assert.Equal("Welcome aboard", post.QuerySelector("h1")!.TextContent);
        Assert.Equal("The first post of the handbook, and what comes next.", post.QuerySelector(".lead")!.TextContent);
        Assert.StartsWith("By Ada Lovelace · First published 15 January 2024 · Updated 1 February 2024", post.QuerySelector(".article-header .meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["intro", "first steps", "news"], post.QuerySelectorAll(".tags a").Select(a => a.TextContent));
        Assert.NotNull(post.QuerySelector(".callout.callout-note"));

        var tag = await client.GetDocumentAsync("/tags/first-steps");
        Assert.Equal(["/articles/posts-2024-01-15-welcome"], tag.QuerySelectorAll(".card a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 article tagged “first steps”.", tag.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var embed = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/oembed?url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + "/tags/first-steps"), TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("Tagged “first steps”", embed.GetProperty("title").GetString());
        using var feed = await client.GetAsync("/tags/first-steps/feed.xml", TestContext.Current.CancellationToken);
        Assert.Contains("<title>Welcome aboard</title>", await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("/tags/first-steps", await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugoFolder_ServesSectionsSlugsAndAliases_ButNotDrafts()
    {
        await using var factory = new ContentSiteFactory(Folder("hugo"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var alias = await client.GetAsync("/old/getting-started/", TestContext.Current.CancellationToken);
        using var slugAlias = await client.GetAsync("/articles/quick-start", TestContext.Current.CancellationToken);
        using var draft = await client.GetAsync("/articles/docs-wip", TestContext.Current.CancellationToken);
        var home = await client.GetDocumentAsync("/");
        var configuration = await client.GetDocumentAsync("/articles/docs-configuration");

        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode); // Canonical first: the trailing slash goes...
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync(alias.Headers.Location, TestContext.Current.CancellationToken)).StatusCode); // ...then the old path.
        Assert.Equal("/articles/start", slugAlias.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal("Docs", home.QuerySelector("#Folder-docs")!.TextContent); // Listed under its folder, named by the folder's own page.
        Assert.Equal("https://docs.example/card.png", configuration.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.StartsWith("By Grace Hopper, Linus", configuration.QuerySelector(".article-header .meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["align-left", "align-right"], configuration.QuerySelectorAll("#options ~ table thead th").Select(th => th.ClassName));
    }

    [Fact]
    public async Task MkDocsFolder_RendersAdmonitionsDefinitionListsAndFootnotes()
    {
        await using var factory = new ContentSiteFactory(Folder("mkdocs"));
        using var client = factory.CreateClient();

        var install = await client.GetDocumentAsync("/articles/user-guide-install");

        Assert.Equal("Installation", install.QuerySelector("h1")!.TextContent);
        Assert.Single(install.QuerySelectorAll("h1"));
        Assert.Equal("If pip fails", install.QuerySelector("details.callout-tip summary")!.TextContent);
        Assert.Equal("Warning", install.QuerySelector("div.callout-warning .callout-title")!.TextContent);
        Assert.Equal(["Python", "Disk"], install.QuerySelectorAll("dl dt").Select(dt => dt.TextContent));
        Assert.NotNull(install.GetElementById("requirements"));
        Assert.NotNull(install.QuerySelector(".footnotes li a[href='/articles/user-guide']"));
    }

    [Fact]
    public async Task ObsidianVault_ResolvesWikiLinksByNoteName_WithHeadingsAndShownText()
    {
        await using var factory = new ContentSiteFactory(Folder("obsidian"));
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/articles/home");
        var daily = await client.GetDocumentAsync("/articles/daily-notes-2024-03-01");

        Assert.Equal(
            [("2024-03-01", "/articles/daily-notes-2024-03-01"), ("my ideas", "/articles/ideas"), ("Big one", "/articles/ideas#big-one")],
            home.QuerySelectorAll(".prose a").Select(a => (a.TextContent, a.GetAttribute("href"))));
        Assert.Equal("/articles/projects-garden-planner", daily.QuerySelectorAll(".prose a").First().GetAttribute("href"));
    }
}
