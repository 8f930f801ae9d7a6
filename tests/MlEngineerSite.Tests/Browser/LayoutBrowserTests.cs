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
