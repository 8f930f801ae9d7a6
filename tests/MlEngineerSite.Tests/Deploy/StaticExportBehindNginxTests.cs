using System.Net;
using System.Xml.Linq;

namespace MlEngineerSite.Tests.Deploy;

/// <summary>
/// The static export served by Debian's nginx with docs/deploy/nginx.static.conf as shipped (only
/// its port and root templated), answering as the app itself does.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Deploy)]
public sealed class StaticExportBehindNginxTests(StaticExportBehindNginxTests.ExportedSite site) : IClassFixture<StaticExportBehindNginxTests.ExportedSite>
{
    public const string BaseUrl = "https://careers.example";

    /// <summary>The basic content exported and served by nginx, and the app on the same content to compare with.</summary>
    public sealed class ExportedSite : IAsyncLifetime
    {
        private readonly TempContent _output = new(copyBasic: false);

        public NginxProcess Nginx { get; private set; } = null!;
        public AppProcess App { get; private set; } = null!;

        /// <summary>Clients of the app and of nginx that do not follow redirects.</summary>
        public HttpClient AppClient { get; private set; } = null!;
        public HttpClient NginxClient { get; private set; } = null!;

        /// <summary>The same path asked of the app and of nginx.</summary>
        public async Task<(HttpResponseMessage App, HttpResponseMessage Nginx)> BothAsync(string path) =>
            (await AppClient.GetAsync(path, TestContext.Current.CancellationToken), await NginxClient.GetAsync(path, TestContext.Current.CancellationToken));

        public async ValueTask InitializeAsync()
        {
            var settings = new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent, ["Site__BaseUrl"] = BaseUrl };
            var (exitCode, log) = await AppProcess.RunAsync(settings, "export", _output.Folder);
            Assert.True(exitCode == 0, log);
            Nginx = await NginxProcess.StartAsync(port => NginxProcess.Templated("nginx.static.conf",
                ("listen 80;", $"listen 127.0.0.1:{port};"), ("root /usr/share/nginx/html;", $"root {_output.Folder};")));
            App = AppProcess.Start(settings);
            AppClient = Client(await App.WaitUntilListeningAsync());
            NginxClient = Client(Nginx.Address);
        }

        public ValueTask DisposeAsync()
        {
            AppClient?.Dispose();
            NginxClient?.Dispose();
            Nginx?.Dispose();
            App?.Dispose();
            _output.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static HttpClient Client(Uri address) => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };

    /// <summary>Every page of the sitemap, each section's share page, each page's card, the assets, downloads and feeds.</summary>
    private async Task<List<string>> PathsAsync()
    {
        var app = site.AppClient;
        var sitemap = XDocument.Parse(await app.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        var paths = new List<string>(pages) { "/sitemap.xml", "/feed.xml", "/robots.txt", "/data/figures.json", "/data/figures.csv", "/search" };
        foreach (var page in pages)
        {
            var html = Html.Parse(await app.GetStringAsync(page, TestContext.Current.CancellationToken));
            paths.Add(new Uri(html.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath);
            paths.AddRange(html.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!));
            if (page.StartsWith("/articles/", StringComparison.Ordinal))
            {
                paths.AddRange(html.QuerySelectorAll(".prose :is(h2, h3, h4)[id]").Select(h => $"{page}/{h.Id}"));
            }
        }

        Assert.Contains("/articles/alpha/getting-started", paths);
        return [.. paths.Distinct()];
    }

    [Fact]
    public async Task EveryPageShareCardAssetAndDownload_IsServedAsTheAppServesIt()
    {
        foreach (var path in await PathsAsync())
        {
            var (expected, actual) = await site.BothAsync(path);
            using var _ = expected;
            using var __ = actual;
            Assert.True(expected.StatusCode == HttpStatusCode.OK, $"the app answered {path} with {(int)expected.StatusCode}");
            Assert.True(actual.StatusCode == HttpStatusCode.OK, $"nginx answered {path} with {(int)actual.StatusCode}");
            Assert.True(expected.Content.Headers.ContentType?.MediaType == actual.Content.Headers.ContentType?.MediaType,
                $"{path}: {expected.Content.Headers.ContentType} from the app, {actual.Content.Headers.ContentType} from nginx");
            var (want, got) = (await expected.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), await actual.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.True(want.AsSpan().SequenceEqual(got), $"{path} differs");
        }
    }

    [Fact]
    public async Task AMissingPage_Is404WithTheSitesOwnPage()
    {
        var (expected, actual) = await site.BothAsync("/no/such/page");
        using var _ = expected;
        using var __ = actual;

        Assert.Equal(HttpStatusCode.NotFound, expected.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, actual.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await actual.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnOldSlug_IsARedirectPageWhereTheAppAnswers301()
    {
        var (redirect, page) = await site.BothAsync("/articles/first-article");
        using var _ = redirect;
        using var __ = page;

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // A static host sends no 301 of its own: the README says so.
        var html = Html.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal($"0; url={redirect.Headers.Location}", html.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(redirect.Headers.Location?.ToString(), html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSearchForm_PointsAtAPageTheExportHas_WithItsIndex()
    {
        var nginx = site.NginxClient;
        var home = Html.Parse(await nginx.GetStringAsync("/", TestContext.Current.CancellationToken));
        var action = home.QuerySelector("form[role=search]")!.GetAttribute("action")!;

        using var search = await nginx.GetAsync(action + "?q=alpha", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.NotNull(Html.Parse(await search.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("script[src^='/js/search.js']"));
        using var index = System.Text.Json.JsonDocument.Parse(await nginx.GetStringAsync("/search-index.json", TestContext.Current.CancellationToken));
        Assert.Contains(index.RootElement.GetProperty("sections").EnumerateArray(), s => s.GetProperty("url").GetString() == "/articles/alpha/getting-started");
    }
}
