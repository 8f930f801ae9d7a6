using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Cards;

namespace MlEngineerSite.Tests.Integration;

/// <summary>oEmbed, as a CMS or job board that speaks it would use it: discover the endpoint from a page, ask it, embed the answer.</summary>
[Collection(nameof(SiteCollection))]
public sealed class OEmbedTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> AskAsync(string query)
    {
        using var response = await _client.GetAsync("/oembed?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task ShareUrl_IsDiscoverable_AndAnswersARichLinkCard()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha/getting-started");
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;

        var embed = await AskAsync(discovery[(discovery.IndexOf('?') + 1)..]);
        var html = Html.Parse(embed.GetProperty("html").GetString()!);
        var url = ContentSiteFactory.BaseUrl + "/articles/alpha/getting-started";

        Assert.Equal(("1.0", "rich"), (embed.GetProperty("version").GetString(), embed.GetProperty("type").GetString()));
        Assert.StartsWith(page.QuerySelector("h1")!.TextContent, embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), embed.GetProperty("thumbnail_url").GetString());
        Assert.Equal((CardRenderer.Width, CardRenderer.Height), (embed.GetProperty("thumbnail_width").GetInt32(), embed.GetProperty("thumbnail_height").GetInt32()));
        Assert.All(html.QuerySelectorAll("a"), a => Assert.Equal(url, a.GetAttribute("href")));
        Assert.Empty(html.QuerySelectorAll("script, style, [style], iframe"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), html.QuerySelectorAll("blockquote p")[1].TextContent);
    }

    [Fact]
    public async Task EveryKindOfPage_ItsEmbed_ItsCardAndItsHead_DescribeItAlike()
    {
        await using var real = new RealContentFactory();
        var client = real.CreateClient();
        var content = real.Services.GetRequiredService<Content.Publishing.ContentStore>().Current;
        var figures = content.FiguresArticle!;
        string[] paths = ["/", "/tags", figures.Url, figures.SectionUrl(figures.Part(Content.Model.SectionKind.QuickFacts)!), figures.SectionUrl(figures.Sections[^2])];

        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            using var response = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + path), TestContext.Current.CancellationToken);
            var embed = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            var html = Html.Parse(embed.GetProperty("html").GetString()!);

            Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), html.QuerySelectorAll("blockquote p")[1].TextContent);
            Assert.Equal(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), embed.GetProperty("thumbnail_url").GetString());
            using var card = await client.GetAsync(CardPaths.For(path), TestContext.Current.CancellationToken);
            Assert.Equal(("image/png", HttpStatusCode.OK), (card.Content.Headers.ContentType!.MediaType!, card.StatusCode));
        }
    }

    [Theory]
    [InlineData("/articles/alpha#getting-started", "/articles/alpha/getting-started")]
    [InlineData("/articles/first-article", "/articles/alpha")] // an old slug
    [InlineData("/articles/alpha/old-start", "/articles/alpha/getting-started")] // an old section ID
    [InlineData("/", "/")]
    public async Task PageAndSectionUrls_AnswerWithTheCurrentPage(string path, string current)
    {
        var embed = await AskAsync("url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + path));

        Assert.Equal(ContentSiteFactory.BaseUrl + CardPaths.For(current), embed.GetProperty("thumbnail_url").GetString());
    }

    [Fact]
    public async Task MaxWidth_ScalesTheEmbed_KeepingTheCardsShape()
    {
        var embed = await AskAsync("url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + "/articles/alpha") + "&maxwidth=300");
        var image = Html.Parse(embed.GetProperty("html").GetString()!).QuerySelector("img")!;

        Assert.Equal(300, embed.GetProperty("width").GetInt32());
        Assert.Equal(("300", "157"), (image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public async Task MaxHeight_NarrowsTheEmbed_SoTheCardFits()
    {
        var embed = await AskAsync("url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + "/articles/alpha") + "&maxwidth=800&maxheight=105");

        Assert.Equal(200, embed.GetProperty("width").GetInt32()); // 105 × 1200 / 630
    }

    [Fact]
    public async Task XmlFormat_GivesTheSameFields()
    {
        var url = Uri.EscapeDataString(ContentSiteFactory.BaseUrl + "/articles/alpha");
        var json = await AskAsync("url=" + url);
        var xml = XDocument.Parse(await _client.GetStringAsync($"/oembed?url={url}&format=xml", TestContext.Current.CancellationToken)).Root!;

        Assert.Equal("oembed", xml.Name.LocalName);
        Assert.Equal(json.GetProperty("title").GetString(), xml.Element("title")!.Value);
        Assert.Equal(json.GetProperty("html").GetString(), xml.Element("html")!.Value);
    }

    [Theory]
    [InlineData("url=https%3A%2F%2Felsewhere.example%2Farticles%2Falpha")] // another site: never fetched
    [InlineData("url=http%3A%2F%2Fcareers.example%2Farticles%2Falpha")] // another scheme of the same host is another origin
    [InlineData("url=https%3A%2F%2Fcareers.example%2Farticles%2Fno-such-article")]
    [InlineData("url=https%3A%2F%2Fcareers.example%3A8443%2Farticles%2Falpha")]
    [InlineData("url=file%3A%2F%2F%2Fetc%2Fpasswd")]
    [InlineData("url=not%20a%20url")]
    [InlineData("")]
    public async Task AnyOtherUrl_Is404(string query)
    {
        using var response = await _client.GetAsync("/oembed?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownFormat_IsAClear400()
    {
        using var response = await _client.GetAsync("/oembed?format=yaml&url=" + Uri.EscapeDataString(ContentSiteFactory.BaseUrl + "/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format 'yaml' is not offered", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
