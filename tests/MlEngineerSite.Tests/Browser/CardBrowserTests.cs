using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>Cards as a chat app shows them: a thumbnail about 400 px wide, in a light and a dark theme. The browser must decode each one at full size.</summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class CardBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/articles/salary/pay-in-the-bls-occupation", ColorScheme.Light)]
    [InlineData("/articles/llms-and-generative-ai", ColorScheme.Dark)]
    [InlineData("/articles/work-environment/on-call-duty", ColorScheme.Dark)]
    public async Task PagesCard_DecodesAt1200By630_AndShowsAt400PixelsWide(string path, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: 400, height: 400, scheme: scheme, realContent: true);
        await page.GotoAsync(path);
        var card = new Uri(await page.Locator("meta[property='og:image']").GetAttributeAsync("content") ?? "").AbsolutePath;
        await page.SetContentAsync($"<img src=\"{browser.RealSiteAddress}{card.TrimStart('/')}\" width=\"400\" alt=\"\">"); // the page's CSP allows no inline style
        var image = page.Locator("img");
        await image.EvaluateAsync("img => img.decode()");

        var size = await image.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight, img.clientWidth, img.clientHeight]");

        Assert.Equal([1200, 630, 400, 210], size);
    }
}
