using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Search;

[Collection(nameof(SiteCollection))]
public sealed class SearchPageTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> HostileQueries => new(
        "", " ", "\t\n", "\"", "\"unclosed phrase", ":", "title:", "*", "?", "*:*", "(", ")", "((((", "AND", "OR NOT", "a AND (b OR",
        "[1 TO 5]", "{a TO b}", "~", "pay~", "pay~0.5", "^", "pay^10", "/regex.*/", "\\", "!", "+-&&||", "<script>alert(1)</script>",
        "' OR 1=1 --", "%00", "\u0000", "Привет мир", "你好", "😄 emoji", "\u202E right to left", "İstanbul ΟΔΥΣΣΕΥΣ", new string('a', 5000),
        string.Join(' ', Enumerable.Repeat("pay", 500)), "the of and a", "median-pay", "{{fig median-pay}}", "#getting-started");

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task AnyQuery_Answers200_WithTheSearchPage(string query)
    {
        using var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(query), TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", page.QuerySelector("h1")!.TextContent);
        Security.HtmlSafety.AssertSafe(page, query);
    }

    [Fact]
    public async Task VeryLongQuery_IsCutTo200Characters()
    {
        var page = await _client.GetDocumentAsync("/search?q=" + new string('x', 5000));

        Assert.Equal(200, page.QuerySelector("#SearchPageQuery")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task Results_AreSections_WithArticleHeadingAndHighlightedSnippet()
    {
        var result = (await _client.GetDocumentAsync("/search?q=duplicate")).QuerySelector(".result")!;

        Assert.Equal("Alpha article", result.QuerySelector(".result-article")!.TextContent);
        Assert.Equal("/articles/alpha#getting-started-1", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("duplicate", result.QuerySelector(".snippet mark")!.TextContent);
    }

    [Fact]
    public async Task NoResults_ShowsAFriendlyPage_WithSuggestions()
    {
        var page = await _client.GetDocumentAsync("/search?q=zzzzqqqq");

        Assert.Empty(page.QuerySelectorAll(".result"));
        Assert.Contains("Nothing matches", page.QuerySelector(".no-results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".no-results a"), a => a.GetAttribute("href") == "/articles/alpha");
    }

    [Fact]
    public async Task SearchPage_IsNotIndexed()
    {
        var page = await _client.GetDocumentAsync("/search?q=pay");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task EveryPage_HasTheSearchFormAndTheOpenSearchLink()
    {
        var page = await _client.GetDocumentAsync("/articles/beta");
        var form = page.QuerySelector("header form[role=search]")!;

        Assert.Equal(("/search", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
        Assert.NotNull(page.QuerySelector($"label[for='{form.QuerySelector("input")!.Id}']"));
        Assert.Equal("/opensearch.xml", page.QuerySelector("link[rel=search]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OpenSearchDescription_PointsAtTheSearchPage()
    {
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        using var response = await _client.GetAsync("/opensearch.xml", TestContext.Current.CancellationToken);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{ContentSiteFactory.BaseUrl}/search?q={{searchTerms}}", xml.Root!.Element(ns + "Url")!.Attribute("template")!.Value);
    }

    [Fact]
    public async Task Highlighting_EscapesTheTextAroundTheMarks()
    {
        using var content = new TempContent().Write("articles/tags.md", "---\ntitle: Tags\ndescription: D\n---\n## Markup\n\nWrite <b>bold</b> & <script>x</script> carefully.");
        await using var site = new ContentSiteFactory(content.Folder);

        var snippet = (await site.CreateClient().GetDocumentAsync("/search?q=carefully")).QuerySelector(".result .snippet")!;

        Assert.Equal("carefully", snippet.QuerySelector("mark")!.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("b, script"));
        Assert.Contains("<b>bold</b> & <script>x</script>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManySearches_Get429WithRetryAfter()
    {
        await using var limited = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Search:RateLimitPerMinute", "2"));
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/search?q=pay", TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var page = await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // Pages are not rate-limited.
        last.Dispose();
    }

    [Fact]
    public async Task Index_FollowsAContentReload()
    {
        using var content = new TempContent();
        await using var site = new ContentSiteFactory(content.Folder);
        var configured = site.WithWebHostBuilder(b => b.UseSetting("Content:ReloadDebounceMilliseconds", "100"));
        var client = configured.CreateClient();
        var store = configured.Services.GetRequiredService<ContentStore>();
        Assert.Empty((await client.GetDocumentAsync("/search?q=xylophone")).QuerySelectorAll(".result"));

        content.Write("articles/music.md", "---\ntitle: Music\ndescription: D\n---\n## Instruments\n\nA xylophone is not a machine learning model.");
        await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("music"));
        await configured.Services.GetRequiredService<MlEngineerSite.Search.SearchIndexer>().WhenCurrentAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken); // Built in the background.

        Assert.Equal("/articles/music#instruments", (await client.GetDocumentAsync("/search?q=xylophone")).QuerySelector(".result h2 a")!.GetAttribute("href"));
    }
}
