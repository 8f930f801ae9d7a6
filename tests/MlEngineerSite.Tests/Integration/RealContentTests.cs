using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The one smoke test on the repository's real content/: it loads, and every article and figure page renders.</summary>
public sealed class RealContentTests
{
    [Fact]
    public async Task BundledContent_LoadsWithoutProblems_AndEveryArticleRenders()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;

        Assert.Equal(Path.GetFullPath(TestPaths.RealContent), factory.Services.GetRequiredService<ContentStore>().Folder);
        Assert.True(content.Articles.Count >= 12, $"only {content.Articles.Count} articles");
        Assert.NotNull(content.ComparisonArticle);
        Assert.NotNull(content.FiguresArticle);
        foreach (var article in content.Articles)
        {
            using var response = await client.GetAsync(article.Url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(article.Description));
            Assert.NotEmpty(article.Sources);
        }
    }

    [Fact]
    public async Task BundledArticle_ShowsItsFirstPublication_FromTheRegister_AsItsStructuredDataSays()
    {
        await using var factory = new RealContentFactory();
        var page = await factory.CreateClient().GetDocumentAsync("/articles/salary");
        var article = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "Article");

        Assert.Equal("2026-11-26", page.QuerySelector(".article-header time.published")!.GetAttribute("datetime"));
        Assert.Equal("2026-11-26", article.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task EveryTable_OnTheBundledPages_HasACaption_FigureTablesAndMarkdownTablesAlike()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var tables = 0;

        foreach (var article in content.Articles)
        {
            var page = await client.GetDocumentAsync(article.Url);
            foreach (var table in page.QuerySelectorAll("table"))
            {
                Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector(":scope > caption")?.TextContent), $"a table on {article.Url} has no caption");
                tables++;
            }
        }

        Assert.True(tables >= 25, $"only {tables} tables");
    }

    [Fact]
    public async Task EveryPageAndSectionOfTheBundledContent_HasItsOwnCard()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var pages = content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Append("/").ToList();

        foreach (var path in pages)
        {
            await CardTests.AssertPageHasItsCardAsync(client, path, ContentSiteFactory.BaseUrl);
        }

        Assert.True(pages.Count > 150, $"only {pages.Count} pages");
    }

    [Fact]
    public async Task EverySectionOfTheBundledContent_HasASharePage_DescribingThatSection()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;

        foreach (var article in content.Articles)
        {
            foreach (var section in article.Sections)
            {
                SharePageAssert.DescribesSection(await client.GetDocumentAsync(article.SectionUrl(section)), article, section, ContentSiteFactory.BaseUrl);
            }
        }

        Assert.True(content.Articles.Sum(a => a.Sections.Count) >= 50);
    }

    [Fact]
    public async Task EveryHeadingOnEveryBundledArticle_HasAnId_ALinkToItself_AndASharePageWithThatHeading()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var headings = 0;
        foreach (var article in content.Articles)
        {
            var page = await client.GetDocumentAsync(article.Url);
            foreach (var heading in page.QuerySelectorAll("article h2, article h3, article h4"))
            {
                var text = heading.TextContent.TrimEnd('#', ' ');
                Assert.False(string.IsNullOrEmpty(heading.Id), $"{article.Url}: the heading “{text}” has no ID");
                Assert.Equal("#" + heading.Id, heading.QuerySelector(":scope > a.heading-link")?.GetAttribute("href"));
                var share = await client.GetDocumentAsync($"{article.Url}/{heading.Id}");
                Assert.Equal(text, share.QuerySelector("h1")!.TextContent);
                headings++;
            }

            Assert.Equal("On this page", page.QuerySelector(".toc h2")?.TextContent.TrimEnd('#', ' '));
            Assert.Equal("Sources", page.QuerySelector(".sources h2")?.TextContent.TrimEnd('#', ' '));
        }

        var figures = await client.GetDocumentAsync(content.FiguresArticle!.Url);
        Assert.NotNull(figures.QuerySelector(".quick-facts h2[id] > a.heading-link"));
        Assert.NotNull(figures.QuerySelector(".occupation h2[id] > a.heading-link"));
        Assert.True(headings > 150, $"only {headings} headings");
    }

    [Fact]
    public async Task ComparisonPage_ShowsBothMedians_FromTheDataFile()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var medians = content.Figures.All.Where(f => f.Key is "cirs-median-pay-2024" or "ds-median-pay-2024").ToList();

        var page = await client.GetDocumentAsync(content.ComparisonArticle!.Url);
        var row = page.QuerySelectorAll("figure.side-by-side tr").Single(r => r.QuerySelector("th")?.TextContent.Contains("Median annual pay", StringComparison.Ordinal) == true);

        Assert.Equal(2, medians.Count);
        Assert.All(medians, m => Assert.Contains("$" + m.Number!.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("figure.comparison table"));
    }

    [Fact]
    public async Task EveryInternalLinkAndFragment_OnEveryBundledPage_Resolves()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var paths = content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Prepend("/").ToList();

        var followed = await LinkCrawl.AssertEveryLinkResolvesAsync(client, paths);

        Assert.True(paths.Count > 60 && followed > 500, $"only {paths.Count} pages and {followed} links crawled");
    }

    [Fact]
    public async Task EverySectionEverPublished_StillLands_OnItsPageAndItsSharePage()
    {
        // The register holds every slug#id published before the December 2026 rewrite: old slugs redirect, old IDs stay targets.
        await using var factory = new RealContentFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var register = File.ReadAllLines(Path.Combine(TestPaths.RealContent, MlEngineerSite.Sharing.PublishedAnchorRegister.FileName)).Where(l => l.Contains('#', StringComparison.Ordinal)).ToList();

        foreach (var (slug, id) in register.Select(l => (l[..l.IndexOf('#', StringComparison.Ordinal)], l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..])))
        {
            var (sharePage, _) = await FollowAsync(client, $"/articles/{slug}/{id}");
            var (articlePage, html) = await FollowAsync(client, $"/articles/{slug}");

            Assert.True(sharePage == HttpStatusCode.OK, $"/articles/{slug}/{id} ends in {sharePage}");
            Assert.True(articlePage == HttpStatusCode.OK, $"/articles/{slug} ends in {articlePage}");
            Assert.True(html.Contains($"id=\"{id}\"", StringComparison.Ordinal), $"/articles/{slug} has no element with the ID '{id}'");
        }

        Assert.True(register.Count >= 95, $"only {register.Count} registered sections");
    }

    private static async Task<(HttpStatusCode Status, string Html)> FollowAsync(HttpClient client, string path)
    {
        for (var hop = 0; hop < 3; hop++)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.MovedPermanently)
            {
                return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            path = response.Headers.Location!.OriginalString;
        }

        return (HttpStatusCode.LoopDetected, "");
    }

    [Fact]
    public void BundledContent_RegistersEveryPublishedSection()
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.RealContent, TestClock.Options);
        var register = File.ReadAllLines(Path.Combine(TestPaths.RealContent, MlEngineerSite.Sharing.PublishedAnchorRegister.FileName));

        Assert.All(snapshot!.Articles.SelectMany(a => a.Sections.Select(s => $"{a.Slug}#{s.Id}")), entry => Assert.Contains(entry, register));
    }
}
