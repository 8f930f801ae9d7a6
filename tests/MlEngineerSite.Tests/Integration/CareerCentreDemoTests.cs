using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The app on content-examples/career-centre</summary>
public sealed class CareerCentreFactory() : ContentSiteFactory(TestPaths.CareerCentre, staleAfterYears: 100);

/// <summary>
/// The demo folder of a self-hoster (content-examples/career-centre) is their site on every kind of
/// page: their name, logo, colours, links, pages and language. The German words expected are read
/// from the shipped German resources, so a test fails when a page shows English instead.
/// </summary>
public sealed class CareerCentreDemoTests(CareerCentreFactory factory) : IClassFixture<CareerCentreFactory>
{
    private static readonly Dictionary<string, string> German = XDocument.Load(Path.Combine(TestPaths.AppProject, "Localization", "SiteText.de.resx"))
        .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private const string Name = "Career Service der Hochschule Musterstadt";

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static TheoryData<string> EveryKindOfPage => ["/", "/articles/wege-ins-maschinelle-lernen", "/articles/wege-ins-maschinelle-lernen/grundlagen", "/pages/ueber-uns", "/search?q=Praktikum", "/tags", "/no-such-page"];

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        return Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public async Task EveryPage_IsTheCentresOwn_InGerman(string url)
    {
        var page = await Page(url);

        Assert.Equal("de-DE", page.DocumentElement.GetAttribute("lang"));
        var logo = page.QuerySelector("header .brand img.brand-logo")!;
        Assert.Equal(Name, logo.GetAttribute("alt")); // The logo spells the name (includes_name), so it is the link's name.
        Assert.Null(page.QuerySelector("header .brand span"));
        Assert.StartsWith("/brand/", logo.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(["Artikel", "Über uns", "Beratungstermin"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(German["Skip to content"], page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(German["Search"], page.QuerySelector("header .search-form button")!.TextContent);
        var footer = page.QuerySelector(".site-footer")!;
        Assert.Contains("Hochschule Musterstadt", footer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("a[href='mailto:karriere@hs-musterstadt.example']"));
        Assert.NotNull(footer.QuerySelector("a[href='https://www.hs-musterstadt.example/impressum']"));
        Assert.Contains(German["Content last updated"], footer.TextContent, StringComparison.Ordinal);
        Assert.Equal(German["Copy link"], page.Body!.GetAttribute("data-text-copy-link"));
        if (!url.StartsWith("/search", StringComparison.Ordinal) && url != "/no-such-page") // Pages with a canonical address describe themselves for link previews.
        {
            Assert.Equal("de_DE", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task TheBrandFiles_AreServed_CachedForGood()
    {
        var page = await Page("/");
        foreach (var (selector, attribute, type) in new[] { ("img.brand-logo", "src", "image/svg+xml"), ("link[rel=icon]", "href", "image/svg+xml"), ("link[rel=stylesheet][href^='/brand/']", "href", "text/css") })
        {
            var url = page.QuerySelector(selector)!.GetAttribute(attribute)!;
            using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith(type, response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        var css = await _client.GetStringAsync(page.QuerySelector("link[rel=stylesheet][href^='/brand/']")!.GetAttribute("href"), TestContext.Current.CancellationToken);
        var yaml = await File.ReadAllTextAsync(Path.Combine(TestPaths.CareerCentre, "site.yaml"), TestContext.Current.CancellationToken);
        var primary = System.Text.RegularExpressions.Regex.Match(yaml, "primary: \"(#[0-9a-f]{6})\"").Groups[1].Value;
        Assert.Contains($"--link:{primary}", css, StringComparison.Ordinal);
        Assert.Contains(await File.ReadAllTextAsync(Path.Combine(TestPaths.CareerCentre, "brand", "extra.css"), TestContext.Current.CancellationToken), css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/brand/0000000000000000.css", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AnArticle_SaysItsDetailsInGerman_AndItsFiguresInGermanFormat()
    {
        var article = await Page("/articles/gehalt-und-aussichten");

        Assert.Contains("1. Dezember 2026", article.QuerySelector(".article-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(German["{0} min read"].Replace("{0} ", "", StringComparison.Ordinal), article.QuerySelector(".article-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("140.910", article.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("US-$", article.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(German["On this page"], article.QuerySelector(".toc-title")!.TextContent.TrimEnd('#', ' '));
        Assert.Equal("on-this-page", article.QuerySelector(".toc-title")!.Id); // IDs stay the English ones: links survive a change of language.
    }

    [Fact]
    public async Task ItsPages_AreServed_AndListedInSitemapAndSearch_NotAmongTheArticles()
    {
        var about = await Page("/pages/ueber-uns");
        var home = await Page("/");
        var sitemap = await _client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken);
        var feed = await _client.GetStringAsync("/feed.xml", TestContext.Current.CancellationToken);
        var search = await Page("/search?q=Studienplanung");

        Assert.Equal(3, home.QuerySelectorAll("#Articles .card").Length);
        Assert.DoesNotContain(home.QuerySelectorAll("#Articles a"), a => a.GetAttribute("href")!.StartsWith("/pages/", StringComparison.Ordinal));
        Assert.Contains($"{ContentSiteFactory.BaseUrl}/pages/ueber-uns</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"{ContentSiteFactory.BaseUrl}/pages/termin</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/pages/", feed, StringComparison.Ordinal);
        Assert.Contains(search.QuerySelectorAll(".result h2 a"), a => a.GetAttribute("href")!.StartsWith("/pages/ueber-uns", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/cards/pages/ueber-uns.png", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheLinkPreviewCard_CarriesTheBrandsColour()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(TestPaths.CareerCentre, "site.yaml"), TestContext.Current.CancellationToken);
        var darkAccent = System.Text.RegularExpressions.Regex.Match(yaml[yaml.IndexOf("  dark:", StringComparison.Ordinal)..], "accent: \"#([0-9a-f]{6})\"").Groups[1].Value;

        var png = await _client.GetByteArrayAsync("/cards/articles/gehalt-und-aussichten.png", TestContext.Current.CancellationToken);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        var bar = bitmap.GetPixel(5, CardHeight / 2);

        Assert.Equal(darkAccent, $"{bar.Red:x2}{bar.Green:x2}{bar.Blue:x2}");
    }

    private const int CardHeight = MlEngineerSite.Cards.CardRenderer.Height;

    [Fact]
    public async Task TheNotFoundPage_IsInGerman_With404()
    {
        using var response = await _client.GetAsync("/articles/gibt-es-nicht", TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(German["Page not found"], page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheErrorPage_IsInGerman_With500()
    {
        var (good, problems) = ContentLoader.Load(TestPaths.CareerCentre, TestClock.Options);
        Assert.True(good is not null, string.Join("\n", problems));
        var broken = new ContentSnapshot(good.Articles.Select(a => a with { Authors = null! }), good.Figures, good.Version, good.Modified) { Brand = good.Brand };
        await using var failing = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(new ContentStore(TestPaths.CareerCentre, broken))));

        using var response = await failing.CreateClient().GetAsync("/articles/wege-ins-maschinelle-lernen", TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(German["Something went wrong"], page.QuerySelector("h1")!.TextContent);
        Assert.Equal("de-DE", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheOpenSearchDescriptionAndTheFeed_CarryTheBrand()
    {
        var opensearch = XDocument.Parse(await _client.GetStringAsync("/opensearch.xml", TestContext.Current.CancellationToken));
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.xml", TestContext.Current.CancellationToken));
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal(German["Search {0}"].Replace("{0}", Name, StringComparison.Ordinal), opensearch.Root!.Element(os + "Description")!.Value);
        Assert.Equal("de-DE", opensearch.Root.Element(os + "Language")!.Value);
        var icon = (await Page("/")).QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        Assert.Equal(ContentSiteFactory.BaseUrl + icon, opensearch.Root.Element(os + "Image")!.Value);
        Assert.StartsWith("/brand/", icon, StringComparison.Ordinal);
        Assert.Equal(Name, feed.Root!.Element(atom + "title")!.Value);
        Assert.Equal("de-DE", feed.Root.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public void TheDemoFolder_PassesTheStrictCheck()
    {
        var (snapshot, problems) = ContentLoader.Load(TestPaths.CareerCentre, TestClock.Options with { Strict = true });

        Assert.True(snapshot is not null, string.Join("\n", problems));
        Assert.Empty(problems);
    }
}
