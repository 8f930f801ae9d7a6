namespace MlEngineerSite.Tests.Browser;

/// <summary>The site with a keyboard only: a skip link first, a visible focus ring, and every link and button on the way.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class KeyboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FirstTab_ShowsTheSkipLink_WhichMovesFocusToTheContent()
    {
        var page = await browser.NewPageAsync(realContent: true);
        await page.GotoAsync("/articles/salary");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var box = (await page.Locator("a.skip-link").BoundingBoxAsync())!;
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("skip-link", focused);
        Assert.True(box.Y >= 0, "the skip link stays off screen when focused");
        Assert.Equal("Main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task FocusedLinks_HaveAVisibleOutline()
    {
        var page = await browser.NewPageAsync(realContent: true);
        await page.GotoAsync("/");

        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/salary")]
    public async Task Tab_ReachesEveryLinkButtonAndField(string path)
    {
        var page = await browser.NewPageAsync(realContent: true);
        await page.GotoAsync(path);
        var expected = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('a[href], button, input')].filter(e => e.offsetParent !== null || e.classList.contains('skip-link')).length");

        var reached = new HashSet<string>();
        for (var i = 0; i < expected + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e.tagName + ' ' + (e.getAttribute('href') || e.id || e.textContent) + ' ' + [...document.querySelectorAll('*')].indexOf(e); }"));
        }

        Assert.True(expected > 15, $"only {expected} focusable elements found");
        Assert.True(reached.Count >= expected, $"Tab reached {reached.Count} of {expected} links, buttons and fields");
    }
}
