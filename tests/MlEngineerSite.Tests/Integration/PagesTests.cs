using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

[Collection(nameof(SiteCollection))]
public sealed class PagesTests(SiteFactory factory)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = factory.CreateClient();

    private ContentSnapshot Content => factory.Services.GetRequiredService<ContentStore>().Current;

    private async Task<List<(string Path, string LastModified)>> SitemapAsync()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        return [.. xml.Descendants(SitemapNs + "url").Select(u => (
            Path: new Uri(u.Element(SitemapNs + "loc")!.Value).AbsolutePath,
            LastModified: u.Element(SitemapNs + "lastmod")!.Value))];
    }

    [Fact]
    public async Task Sitemap_ListsHomeAndEveryArticle_WithAbsoluteUrlsAndLastmod()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        var locations = xml.Descendants(SitemapNs + "loc").Select(l => l.Value).ToList();
        var entries = await SitemapAsync();

        Assert.All(locations, l => Assert.StartsWith(ContentSiteFactory.BaseUrl + "/", l, StringComparison.Ordinal));
        Assert.Equal(["/", .. Content.Articles.Select(a => a.Url)], entries.Select(e => e.Path));
        Assert.Equal(Content.Articles.Select(a => a.Updated.ToString("yyyy-MM-dd")), entries.Skip(1).Select(e => e.LastModified));
    }

    [Fact]
    public async Task EveryPageInTheSitemap_Answers200WithHtml()
    {
        foreach (var (path, _) in await SitemapAsync())
        {
            using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Home_ListsEveryArticleInOrder_WithItsDescription()
    {
        var document = await _client.GetDocumentAsync("/");
        var cards = document.QuerySelectorAll(".article-list .card");

        Assert.Equal(Content.Articles.Select(a => a.Url), cards.Select(c => c.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(Content.Articles.Select(a => a.Description), cards.Select(c => c.QuerySelector("p")!.TextContent));
    }

    [Fact]
    public async Task Home_ShowsQuickFactsFromTheDataFile_EachWithSourceAndDate()
    {
        var facts = (await _client.GetDocumentAsync("/")).QuerySelectorAll(".quick-facts .fact");

        Assert.Equal(["Median pay", "Entry education"], facts.Select(f => f.QuerySelector("dt")!.TextContent));
        Assert.Equal("$100,000 a year", facts[0].QuerySelector(".fact-value")!.TextContent);
        Assert.Equal("https://stats.example/handbook", facts[0].QuerySelector(".fact-source a")!.GetAttribute("href"));
        Assert.Equal(["2024-05", "2024"], facts.Select(f => f.QuerySelector("time")!.GetAttribute("datetime")));
    }

    [Fact]
    public async Task Home_LinksToTheComparisonAndFiguresArticles()
    {
        var links = (await _client.GetDocumentAsync("/")).QuerySelectorAll(".hero-links a").Select(a => a.GetAttribute("href"));

        Assert.Equal(["/articles/beta", "/articles/gamma"], links);
    }

    [Fact]
    public async Task ArticlePage_ShowsTitleDescriptionDateReadingTimeAndContents()
    {
        var document = await _client.GetDocumentAsync("/articles/alpha");

        Assert.Equal("Alpha article", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Alpha article · ML Engineer Careers", document.Title);
        Assert.Equal("The first test article, with headings, figures and a table.", document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("2025-01-15", document.QuerySelector(".article-header time.updated")!.GetAttribute("datetime"));
        Assert.Contains($"{Content.BySlug["alpha"].ReadingMinutes} min read", document.QuerySelector(".article-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["#getting-started", "#details", "#getting-started-1", "#pinned-id", "#table", "#notes"],
            document.QuerySelectorAll(".toc ol a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ArticlePage_ListsItsOwnAndItsFiguresSources()
    {
        var sources = (await _client.GetDocumentAsync("/articles/alpha")).QuerySelectorAll(".sources li a");

        Assert.Equal(["https://source.example/alpha", "https://stats.example/handbook"], sources.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ArticlePage_LinksToPreviousAndNextArticle()
    {
        var document = await _client.GetDocumentAsync("/articles/beta");

        Assert.Equal("/articles/alpha", document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/articles/gamma", document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ComparisonArticle_ShowsTheSideBySideTableFromTheDataFile()
    {
        var table = (await _client.GetDocumentAsync("/articles/beta")).QuerySelector(".prose figure.comparison table")!;

        Assert.Equal(["Tester", "Developer"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Bug reports", "Features"], table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task FiguresArticle_ShowsEveryFigureWithSourceAndDate()
    {
        var rows = (await _client.GetDocumentAsync("/articles/gamma")).QuerySelectorAll(".prose figure.data-table tbody tr");

        Assert.Equal(Content.Figures.Tables.SelectMany(t => t.Figures).Select(f => "Figure-" + f.Key), rows.Select(r => r.Id));
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.QuerySelector("td[data-label=Date] time[datetime]"));
            Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector("td[data-label=Source]")!.TextContent));
        });
    }

    [Fact]
    public async Task EveryInternalLinkAndFragment_OnEveryPage_Resolves()
    {
        var followed = await LinkCrawl.AssertEveryLinkResolvesAsync(_client, (await SitemapAsync()).Select(p => p.Path));

        Assert.True(followed > 20, $"only {followed} internal links were found");
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/..%2F..%2Fappsettings.json")]
    public async Task UnknownUrl_GetsTheNotFoundPage_WithStatus404AndLayout(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
        var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("header.site-header nav"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task ArticleSlug_IsMatchedWithoutRegardToCase()
    {
        using var response = await _client.GetAsync("/articles/ALPHA", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CanonicalLink_UsesTheConfiguredBaseUrl_NotTheHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.Host = "attacker.example";
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(ContentSiteFactory.BaseUrl + "/articles/alpha", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RobotsTxt_AllowsCrawlingAndNamesTheSitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);

        Assert.Equal(["User-agent: *", "Allow: /", $"Sitemap: {ContentSiteFactory.BaseUrl}/sitemap.xml"], robots.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Pages_AreCachedBriefly_AndRevalidatedWithTheirETag()
    {
        using var first = await _client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal((true, TimeSpan.FromSeconds(60), true), (first.Headers.CacheControl!.Public, first.Headers.CacheControl.MaxAge, first.Headers.CacheControl.MustRevalidate));
        Assert.True(first.Headers.ETag!.IsWeak is false && first.Headers.ETag.Tag.Length > 10);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task UnversionedAsset_IsRevalidated_NotKeptForAYear()
    {
        using var response = await _client.GetAsync("/css/site.css", TestContext.Current.CancellationToken);

        Assert.Equal((true, TimeSpan.FromSeconds(60), true), (response.Headers.CacheControl!.Public, response.Headers.CacheControl.MaxAge, response.Headers.CacheControl.MustRevalidate));
    }

    [Fact]
    public async Task Stylesheet_IsServedFromTheTopLevelWebRoot_WithAVersionedUrl()
    {
        var href = (await _client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var response = await _client.GetAsync(href, TestContext.Current.CancellationToken);

        Assert.Matches(@"^/css/site\.css\?v=[\w-]+$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((true, TimeSpan.FromDays(365)), (response.Headers.CacheControl!.Public, response.Headers.CacheControl.MaxAge));
        Assert.Contains(response.Headers.CacheControl.Extensions, e => e.Name == "immutable");
    }
}
