using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>
/// The demo folder in a real browser: its colours reach the page (links, buttons, the focus ring),
/// its logo loads, and the copy-link buttons speak German. Screenshots of each page at a phone and a
/// desktop width, light and dark, are saved under .cache/screenshots/career-centre for review.
/// </summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class DemoSiteBrowserTests(BrowserFixture browser)
{
    private static string Screenshots => Path.Combine(TestPaths.RepositoryRoot, ".cache", "screenshots", "career-centre");

    [Theory]
    [MemberData(nameof(BrowserFixture.PhoneAndDesktopInLightAndDark), MemberType = typeof(BrowserFixture))]
    public async Task TheBrandColoursAndLogo_ReachThePage(int width, ColorScheme scheme)
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(TestPaths.CareerCentre, "site.yaml"), TestContext.Current.CancellationToken);
        var theme = yaml[yaml.IndexOf(scheme == ColorScheme.Dark ? "  dark:" : "  light:", StringComparison.Ordinal)..];
        string Colour(string role) => System.Text.RegularExpressions.Regex.Match(theme, role + ": \"(#[0-9a-f]{6})\"").Groups[1].Value;
        var page = await browser.NewPageOnAsync(browser.DemoSiteAddress, width, 900, scheme);

        await page.GotoAsync("/");
        var link = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.prose a, .card a')).color");
        var button = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.search-form button')).backgroundColor");
        var logoLoaded = await page.EvaluateAsync<bool>("() => { const img = document.querySelector('img.brand-logo'); return img.complete && img.naturalWidth > 0; }");
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"home-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = false });
        await page.GotoAsync("/articles/gehalt-und-aussichten");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"article-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = false });

        Assert.Equal(Rgb(Colour("primary")), link);
        Assert.Equal(Rgb(Colour("accent")), button);
        Assert.True(logoLoaded);
    }

    [Fact]
    public async Task TheCopyLinkButtons_SpeakTheSiteLanguage()
    {
        var page = await browser.NewPageOnAsync(browser.DemoSiteAddress, permissions: ["clipboard-read", "clipboard-write"]);

        await page.GotoAsync("/articles/wege-ins-maschinelle-lernen");
        var button = page.Locator("#grundlagen .copy-link");

        Assert.Equal("Link kopieren", await button.TextContentAsync());
        // The visible words start the accessible name (WCAG 2.5.3, label in name), the section's title after them.
        Assert.StartsWith("Link kopieren", await button.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.EndsWith("„Grundlagen in den Modulen legen“", await button.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task TheFootersOrganisationAndLinks_ShareOneBaseline(int width)
    {
        var page = await browser.NewPageOnAsync(browser.DemoSiteAddress, width, 900);

        await page.GotoAsync("/");
        // The bottom of each item's text itself (a Range over its text node measures the line of glyphs, not a link's padded box), per row of the list.
        var rows = await page.EvaluateAsync<double[][]>("""
            () => {
              const lines = [...document.querySelectorAll('.footer-links > li')].map(li => {
                const text = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, { acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP }).nextNode();
                const range = document.createRange();
                range.selectNodeContents(text);
                return range.getClientRects()[0];
              });
              lines.sort((a, b) => a.top - b.top);
              const rows = [];
              for (const r of lines) {
                const row = rows.at(-1);
                if (row && r.top - row.top < 8) row.bottoms.push(r.bottom); else rows.push({ top: r.top, bottoms: [r.bottom] });
              }
              return rows.map(row => row.bottoms);
            }
            """);

        Assert.True(rows.Sum(r => r.Length) >= 3, "the demo's footer has its organisation, contact and links");
        Assert.All(rows, row => Assert.True(row.Max() - row.Min() < 0.5, $"text bottoms in one row differ: {string.Join(", ", row)}"));
    }

    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";
}
