using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting.Caching;
using MlEngineerSite.Hosting.Logging;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// Values from data files, settings and requests that reach headers, downloads, logs and the cache:
/// each must be valid and harmless where it goes.
/// </summary>
public sealed class HostileDataTests
{
    [Fact]
    public async Task RedirectToANonAsciiSectionId_IsPercentEncoded()
    {
        using var content = new TempContent().Write("articles/pay.md",
            "---\ntitle: Pay\ndescription: D\nanchor_aliases:\n  old-pay: über-café\n---\n## Über café\n\nText.\n");
        await using var factory = new ContentSiteFactory(content.Folder);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/articles/pay/old-pay?from=job", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/pay/%C3%BCber-caf%C3%A9?from=job", response.Headers.Location!.OriginalString);
        using var target = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("//evil.example/")]
    [InlineData("https://")]
    public void UnsafeUrlInTheComparisonFile_IsAnError(string url)
    {
        using var content = new TempContent();
        var path = Path.Combine(content.Folder, "data/comparison.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("url: https://compare.example/", $"url: \"{url}\"", StringComparison.Ordinal));

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Path == "data/comparison.yaml" && p.Line == 15
            && p.Message.StartsWith("'url' must be a web address starting with https:// or http://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkupInSiteYaml_IsShownAsText()
    {
        using var content = new TempContent().Write("site.yaml",
            "name: \"<script>alert(1)</script>\"\ntagline: \"a & b <b>bold</b>\"\nfooter:\n  text: \"<img src=x onerror=alert(1)>\"\n  organisation: \"\\\"><svg onload=alert(1)>\"\n");
        await using var factory = new ContentSiteFactory(content.Folder);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var page = Html.Parse(html);

        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("header .brand")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", page.QuerySelector(".site-footer")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[onerror], [onload]"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("//evil.example/")]
    [InlineData("vbscript:x")]
    [InlineData("/\\\\evil.example/")] // In YAML's double quotes \\ is one backslash: /\evil.example/, which browsers take for //evil.example/
    [InlineData("mailto:")]
    public void AnUnsafeLinkInSiteYaml_IsAnError(string url)
    {
        using var content = new TempContent().Write("site.yaml", $"navigation:\n  - title: Go\n    url: \"{url}\"\n");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Path == "site.yaml" && p.Line == 3 && p.Message.StartsWith("a link's 'url' must be", StringComparison.Ordinal));
    }

    [Fact]
    public void ALogoThatLinksOutOfTheFolder_IsNotRead()
    {
        using var content = new TempContent().Write("site.yaml", "logo:\n  file: brand/logo.svg\n  alt: Logo\n");
        Directory.CreateDirectory(Path.Combine(content.Folder, "brand"));
        File.CreateSymbolicLink(Path.Combine(content.Folder, "brand", "logo.svg"), "/etc/passwd");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Path == "brand/logo.svg" && p.Message.Contains("outside the content folder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "site.yaml" && p.Line == 2 && p.Message.Contains("not a file in the content folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CsvCellsThatASpreadsheetWouldRun_StartWithAnApostrophe()
    {
        using var content = new TempContent();
        var figures = Path.Combine(content.Folder, "data/figures.yaml");
        File.WriteAllText(figures, File.ReadAllText(figures).Replace("sign: false", "sign: true", StringComparison.Ordinal)
            .Replace("measures: ", "measures: \"=HYPERLINK(1)\" # ", StringComparison.Ordinal));
        await using var factory = new ContentSiteFactory(content.Folder);
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/data/figures.csv", TestContext.Current.CancellationToken);

        var cells = csv.Split("\r\n").Skip(1).SelectMany(line => line.Split(',')).ToList();
        Assert.Contains("'=HYPERLINK(1)", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+@".Contains(c[0], StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.StartsWith('-') && !double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task ControlCharactersInARequestPath_AreEscapedInTheTextLog()
    {
        using var captured = new CapturedOutput();
        await using var factory = new SiteFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Log:Level", "Information");
            builder.UseSetting("Log:Format", "Text");
            builder.ConfigureTestServices(services => services.AddSingleton(_ => new LogOutput(captured)));
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/forged%0A[12:00:00%20ERR]%20fake%1B[31m", TestContext.Current.CancellationToken);
        var line = await captured.WaitForLineAsync(l => l.Contains("HTTP GET /forged", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("HTTP GET /forged%0A", line, StringComparison.Ordinal);
        Assert.Contains("%1B", line, StringComparison.Ordinal);
        Assert.EndsWith(" ms", line, StringComparison.Ordinal);
        Assert.DoesNotContain(captured.Lines, l => l.StartsWith("[12:00:00 ERR]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SiteNameWithAnEmojiAtTheCut_GivesAValidOpenSearchDescription()
    {
        // The 16-character ShortName once cut a surrogate pair in half: XmlWriter refused it and the endpoint answered 500.
        await using var factory = new SiteFactory().WithWebHostBuilder(builder => builder.UseSetting("Site:Name", "CareerCentreHub🎓 Tübingen"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/opensearch.xml", TestContext.Current.CancellationToken);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CareerCentreHub", xml.Root!.Elements().First(e => e.Name.LocalName == "ShortName").Value);
    }

    [Fact]
    public async Task SiteNameWithAControlCharacter_StopsStartUpWithAClearMessage()
    {
        using var app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent, ["Site__Name"] = "Careers\u0007" });

        var exitCode = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("Site__Name contains a control character", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CacheBound_CountsKeysAsWellAsBodies()
    {
        using var content = new TempContent();
        var store = new ContentStore(content.Folder, ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!);
        var cache = new ResponseCache(store, Options.Create(new ResponseCacheOptions { MaxMegabytes = 1 }));
        var generation = cache.Current;
        var body = CachedResponse.Create(Encoding.UTF8.GetBytes("x"), "text/plain", ResponseCacheMiddleware.PageCacheControl, DateTimeOffset.UnixEpoch, compress: false);

        // Keys of 16 K characters (32 KB each) and one-byte bodies: at most 32 fit in a megabyte.
        var keys = Enumerable.Range(0, 200).Select(i => "/" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + new string('/', 16_000)).ToList();
        keys.ForEach(key => generation.Add(key, body));

        Assert.InRange(keys.Count(key => generation.TryGet(key, out _)), 1, 32);
    }
}
