using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>The pages as a phone shows them: nothing wider than the screen, in light and dark.</summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class LayoutBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", ColorScheme.Light)]
    [InlineData("/articles/alpha", ColorScheme.Light)]
    [InlineData("/articles/beta", ColorScheme.Dark)]
    [InlineData("/articles/gamma", ColorScheme.Dark)]
    [InlineData("/articles/alpha/getting-started", ColorScheme.Light)]
    [InlineData("/search?q=pay", ColorScheme.Light)]
    [InlineData("/no/such/page", ColorScheme.Dark)]
    public async Task At320PixelsWide_NothingScrollsSideways(string path, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: 320, height: 640, scheme: scheme);
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryBundledPage_At320PixelsWide_NothingScrollsSideways(ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: 320, height: 640, scheme: scheme, realContent: true);
        var wide = new List<string>();
        foreach (var path in await browser.AuditedPathsAsync())
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                wide.Add($"{path} is {overflow}px wider than a 320px screen");
            }
        }

        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Theory]
    [InlineData(false, "/articles/how-to-become-one")]
    [InlineData(true, "/articles/wege-ins-maschinelle-lernen")]
    public async Task OnAWideScreen_TheContentsTitleAndItsCopyLink_ShareOneLine(bool demo, string path)
    {
        var page = await browser.NewPageOnAsync(demo ? browser.DemoSiteAddress : browser.RealSiteAddress, width: 1280, height: 800);
        await page.GotoAsync(path);

        // The button's top against the bottom of the title's first line of text (a Range measures the glyphs, not the heading's box), and the widths that decide it.
        var rects = await page.EvaluateAsync<double[]>("""
            () => {
              const title = document.querySelector('nav.toc .toc-title');
              const range = document.createRange();
              range.selectNodeContents(title.firstChild);
              const button = title.querySelector('.copy-link').getBoundingClientRect();
              const hash = title.querySelector('.heading-link').getBoundingClientRect();
              return [button.top, range.getClientRects()[0].bottom, title.clientWidth, range.getBoundingClientRect().width, hash.width, button.width];
            }
            """);
        var (buttonTop, firstLineBottom) = (rects[0], rects[1]);

        Assert.True(buttonTop < firstLineBottom, $"on {path} the sidebar's copy-link button wraps below its title ({buttonTop:F0} px, the title's line ends at {firstLineBottom:F0} px; the title is {rects[2]:F0} px wide: text {rects[3]:F0}, '#' {rects[4]:F0}, button {rects[5]:F0})");
    }

    [Fact]
    public async Task ChartText_FitsInsideTheChart_SoNoValueIsCutOff()
    {
        var page = await browser.NewPageAsync(realContent: true);
        await page.GotoAsync("/articles/salary");

        var overhang = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('figure.chart svg')].flatMap(svg => [...svg.querySelectorAll('text')].map(t => t.getBBox().x + t.getBBox().width - svg.viewBox.baseVal.width))");

        Assert.NotEmpty(overhang);
        Assert.All(overhang, extra => Assert.True(extra <= 0, $"a chart label runs {extra:F0} units past the chart's edge"));
    }

    [Fact]
    public async Task DarkScheme_ChangesTheColours()
    {
        var light = await browser.NewPageAsync(scheme: ColorScheme.Light);
        var dark = await browser.NewPageAsync(scheme: ColorScheme.Dark);
        await light.GotoAsync("/");
        await dark.GotoAsync("/");
        const string Background = "() => getComputedStyle(document.body).backgroundColor";

        Assert.NotEqual(await light.EvaluateAsync<string>(Background), await dark.EvaluateAsync<string>(Background));
    }

    [Fact]
    public async Task PrintMedia_HidesNavigation_AndShowsSourceAddresses()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/articles/alpha");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator("nav.toc").IsVisibleAsync());
        Assert.True(await page.Locator(".sources .print-url").First.IsVisibleAsync());
    }
}
