namespace MlEngineerSite.Tests.Browser;

[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class SectionLinkBrowserTests(BrowserFixture browser)
{
    private const float Timeout = 10_000;

    [Fact]
    public async Task CopyLink_PutsTheSectionShareUrlOnTheClipboard_AndAnnouncesIt()
    {
        var page = await browser.NewPageAsync(permissions: ["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/articles/alpha");

        await page.Locator("h2#getting-started button.copy-link").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.announcer').textContent === 'Link copied'", null, new() { Timeout = Timeout });
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal($"{BrowserFixture.PublicBaseUrl}/articles/alpha/getting-started", clipboard);
        Assert.Equal("Copy link to the section “Getting started”", await page.Locator("h2#getting-started button.copy-link").GetAttributeAsync("aria-label"));
    }

    [Fact]
    public async Task CopyLink_IsAKeyboardReachableButton_OnEverySectionHeading()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/articles/alpha");

        var headings = await page.Locator(".prose :is(h2, h3, h4)").CountAsync();
        var buttons = await page.Locator(".prose :is(h2, h3, h4) > button.copy-link").CountAsync();

        Assert.True(headings > 0);
        Assert.Equal(headings, buttons);
        await page.Locator("h2#getting-started a.heading-link").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("copy-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
    }

    [Theory]
    [InlineData("#table", "table")]
    [InlineData("#old-start", "getting-started")]
    public async Task OpeningAFragment_ShowsTheSectionBelowTheStickyHeader_Highlighted(string fragment, string headingId)
    {
        var page = await browser.NewPageAsync(width: 1280, height: 500);
        await page.GotoAsync("/articles/alpha" + fragment);

        var heading = page.Locator($"h2#{headingId}");
        await page.WaitForFunctionAsync("() => window.scrollY > 0", null, new() { Timeout = Timeout });
        var headerBottom = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().bottom");
        var box = (await heading.BoundingBoxAsync())!;
        var background = await heading.EvaluateAsync<string>("h => getComputedStyle(h).backgroundColor");

        Assert.InRange(box.Y, headerBottom, 500 - box.Height);
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
    }

    [Fact]
    public async Task WithoutJavaScript_TheHeadingLinkStillLandsOnTheSection()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.SiteAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 500 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/alpha");

        Assert.Equal(0, await page.Locator("button.copy-link").CountAsync());
        await page.Locator("h2#table a.heading-link").ClickAsync();

        Assert.EndsWith("/articles/alpha#table", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("h2#table").IsVisibleAsync());
    }
}
