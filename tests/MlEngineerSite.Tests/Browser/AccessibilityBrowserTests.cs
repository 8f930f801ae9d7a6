using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>axe-core's WCAG 2.2 A and AA rules on every page of the bundled site, at phone and desktop width, light and dark.</summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(BrowserFixture.PhoneAndDesktopInLightAndDark), MemberType = typeof(BrowserFixture))]
    public async Task EveryPage_HasNoWcagViolations(int width, ColorScheme scheme) =>
        await AuditAsync(browser.RealSiteAddress, await browser.AuditedPathsAsync(), width, scheme);

    /// <summary>A self-hoster's own brand and language (content-examples/career-centre) keep every page accessible.</summary>
    [Theory]
    [MemberData(nameof(BrowserFixture.PhoneAndDesktopInLightAndDark), MemberType = typeof(BrowserFixture))]
    public async Task EveryPageOfTheDemoSite_HasNoWcagViolations(int width, ColorScheme scheme) =>
        await AuditAsync(browser.DemoSiteAddress, await browser.DemoPathsAsync(), width, scheme);

    private async Task AuditAsync(Uri site, IReadOnlyList<string> paths, int width, ColorScheme scheme)
    {
        var page = await browser.NewPageOnAsync(site, width: width, height: 900, scheme: scheme);
        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await RenderSkippedContentAsync(page);
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            violations.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>
    /// Lays out what `content-visibility: auto` leaves unrendered below the screen, as it is once a
    /// reader scrolls to it: until then the browser's hit testing does not see it, and axe's
    /// target-size rule took every link in it for an obscured, zero-size target.
    /// </summary>
    private static Task RenderSkippedContentAsync(IPage page) => page.EvaluateAsync("""
        () => { for (const element of document.querySelectorAll("*")) {
            if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
        } }
        """);
}
