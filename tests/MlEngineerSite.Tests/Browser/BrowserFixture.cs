using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>
/// The real app as a process on a loopback port, and Debian's Chromium driven by Playwright
/// (browsers cannot be downloaded here, so Playwright is pointed at the system one).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://careers.example";

    private AppProcess? _app;
    private AppProcess? _realApp;
    private AppProcess? _demoApp;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri SiteAddress { get; private set; } = null!;

    /// <summary>The same app on the repository's bundled content, for checks that need the real articles.</summary>
    public Uri RealSiteAddress { get; private set; } = null!;

    /// <summary>The same app on the self-hoster's demo folder (content-examples/career-centre): another brand, in German.</summary>
    public Uri DemoSiteAddress { get; private set; } = null!;

    /// <summary>Pages that are in no sitemap but that readers reach: section share pages, search results and the 404 page.</summary>
    private static readonly string[] PagesBeyondTheSitemap =
        ["/articles/what-ml-engineers-do/main-responsibilities", "/articles/salary/pay-in-the-bls-occupation", "/search?q=degree", "/no/such/page"];

    /// <summary>The widths and colour schemes every page is checked at: a phone and a desktop, light and dark.</summary>
    public static TheoryData<int, ColorScheme> PhoneAndDesktopInLightAndDark { get; } = new()
    {
        { 375, ColorScheme.Light },
        { 375, ColorScheme.Dark },
        { 1280, ColorScheme.Light },
        { 1280, ColorScheme.Dark },
    };

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        _app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Content__Path"] = TestPaths.BasicContent,
            ["Site__BaseUrl"] = PublicBaseUrl,
        });
        _realApp = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.RealContent, ["Site__BaseUrl"] = PublicBaseUrl });
        _demoApp = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.CareerCentre, ["Site__BaseUrl"] = PublicBaseUrl });
        SiteAddress = await _app.WaitUntilListeningAsync();
        RealSiteAddress = await _realApp.WaitUntilListeningAsync();
        DemoSiteAddress = await _demoApp.WaitUntilListeningAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI needs --no-sandbox; the rest keeps Chromium off the network this machine does not have.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page in its own context, at the given viewport and colour scheme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light, bool realContent = false, params string[] permissions) =>
        await NewPageOnAsync(realContent ? RealSiteAddress : SiteAddress, width, height, scheme, permissions);

    /// <summary>A fresh page on the given site (<see cref="DemoSiteAddress"/>, say).</summary>
    public async Task<IPage> NewPageOnAsync(Uri site, int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light, params string[] permissions)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = site.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
            Permissions = permissions,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Every page the bundled site's /sitemap.xml lists, plus the kinds of page it leaves out.</summary>
    public async Task<IReadOnlyList<string>> AuditedPathsAsync()
    {
        var listed = await SitemapPathsAsync(RealSiteAddress);
        Assert.True(listed.Count >= 10, $"the sitemap lists only {listed.Count} pages");
        return [.. listed, .. PagesBeyondTheSitemap];
    }

    /// <summary>Every page the demo site's sitemap lists, a share page, a search and its 404 page.</summary>
    public async Task<IReadOnlyList<string>> DemoPathsAsync()
    {
        var listed = await SitemapPathsAsync(DemoSiteAddress);
        Assert.True(listed.Count >= 6, $"the demo's sitemap lists only {listed.Count} pages");
        return [.. listed, "/articles/wege-ins-maschinelle-lernen/grundlagen", "/search?q=Ingenieur", "/no/such/page"];
    }

    private static async Task<List<string>> SitemapPathsAsync(Uri site)
    {
        using var client = new HttpClient { BaseAddress = site };
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        return [.. sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery)];
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _app?.Dispose();
        _realApp?.Dispose();
        _demoApp?.Dispose();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
