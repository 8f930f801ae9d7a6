using System.Buffers.Binary;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Cards;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>Link-preview cards: every page names its own, which answers as a 1200×630 PNG, cached like a page and the same bytes everywhere.</summary>
[Collection(nameof(SiteCollection))]
public sealed class CardTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private ContentSnapshot Content => factory.Services.GetRequiredService<ContentStore>().Current;

    /// <summary>Width and height from a PNG's IHDR chunk, after checking the signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Fetches the card a page names in og:image and checks that it is the page's own 1200×630 PNG.</summary>
    public static async Task<byte[]> AssertPageHasItsCardAsync(HttpClient client, string pagePath, string baseUrl)
    {
        var page = await client.GetDocumentAsync(pagePath);
        var image = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.Equal(baseUrl + CardPaths.For(pagePath), image);
        using var response = await client.GetAsync(image![baseUrl.Length..], TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal((CardRenderer.Width, CardRenderer.Height), PngSize(png));
        return png;
    }

    [Fact]
    public async Task EveryPageAndSection_NamesItsOwnCard_A1200By630Png()
    {
        var pages = Content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url))
            .Concat(Content.Tags.Select(t => t.Url)).Append("/").Append("/tags");
        var cards = new List<byte[]>();
        foreach (var path in pages)
        {
            cards.Add(await AssertPageHasItsCardAsync(_client, path, ContentSiteFactory.BaseUrl));
        }

        Assert.Equal(cards.Count, cards.Select(Convert.ToHexString).Distinct().Count()); // each page its own picture
    }

    [Fact]
    public async Task Card_IsCachedLikeAPage_WithAStrongETagAnd304()
    {
        using var first = await _client.GetAsync("/cards/articles/alpha.png", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/cards/articles/alpha.png") { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cards/articles/no-such-article.png")]
    [InlineData("/cards/articles/alpha/no-such-section.png")]
    [InlineData("/cards/articles/alpha/old-start.png")] // an old section ID: its page redirects, the card of the current ID is the one to use
    [InlineData("/cards/articles/alpha")]
    [InlineData("/cards/elsewhere.png")]
    public async Task UnknownCard_Is404(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void SectionCard_ShowsItsArticle_AndItsHeadlineFigure_WithTheDate()
    {
        using var content = new TempContent().Write("articles/delta.md",
            "---\ntitle: Delta\ndescription: Pay.\n---\n## Pay {#pay}\n\nThe median was {{fig median-pay}}, growth {{fig growth}}.\n\n## 机器学习 {#cjk}\n\nText.\n");
        var snapshot = ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!;
        var median = snapshot.Figures.ByKey["median-pay"];

        var pay = CardFactory.For("/articles/delta/pay", snapshot, new SiteOptions())!;
        var cjk = CardFactory.For("/articles/delta/cjk", snapshot, new SiteOptions())!;

        Assert.Equal(("Delta", "Pay"), (pay.Kicker, pay.Title));
        Assert.Equal((median.Label, median.DisplayValue), (pay.Figure!.Label, pay.Figure.Value));
        Assert.EndsWith(median.Date.ToString(), pay.Figure.Note, StringComparison.Ordinal);
        Assert.Equal((null, "Delta"), (cjk.Kicker, cjk.Title)); // a heading the fonts cannot draw gives way to its article's title
        Assert.Equal((CardRenderer.Width, CardRenderer.Height), PngSize(CardRenderer.Render(cjk)));
    }

    [Fact]
    public void LongHeading_StillDrawsACard()
    {
        var card = new Card("Site", "An article", string.Join(' ', Enumerable.Repeat("Responsibilities", 18)), "A summary.", new CardFigure("Median", "$1", "BLS, May 2024"), "careers.example");

        Assert.Equal((CardRenderer.Width, CardRenderer.Height), PngSize(CardRenderer.Render(card)));
    }

    [Fact]
    public async Task SameContent_DrawsTheSameBytes_InTwoProcesses()
    {
        var environment = new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent, ["Site__BaseUrl"] = ContentSiteFactory.BaseUrl };
        using var one = AppProcess.Start(environment);
        using var two = AppProcess.Start(environment);
        using var clientOne = new HttpClient { BaseAddress = await one.WaitUntilListeningAsync() };
        using var clientTwo = new HttpClient { BaseAddress = await two.WaitUntilListeningAsync() };
        const string card = "/cards/articles/gamma/pay-tables.png"; // a section whose card has a kicker, a title and a summary

        var bytesOne = await clientOne.GetByteArrayAsync(card, TestContext.Current.CancellationToken);
        var bytesTwo = await clientTwo.GetByteArrayAsync(card, TestContext.Current.CancellationToken);
        var bytesHere = await _client.GetByteArrayAsync(card, TestContext.Current.CancellationToken);

        Assert.Equal(bytesOne, bytesTwo);
        Assert.Equal(bytesOne, bytesHere);
    }
}
