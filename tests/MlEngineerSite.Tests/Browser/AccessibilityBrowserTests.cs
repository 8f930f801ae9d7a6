using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>axe-core's WCAG 2.2 A and AA rules on the bundled pages, at phone and desktop width, light and dark.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, int, ColorScheme> Pages()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var path in new[] { "/", "/articles/salary", "/articles/ml-engineer-vs-data-scientist", "/articles/what-ml-engineers-do/main-responsibilities", "/search?q=degree", "/no/such/page" })
        {
            foreach (var (width, scheme) in new[] { (375, ColorScheme.Light), (1280, ColorScheme.Dark), (375, ColorScheme.Dark), (1280, ColorScheme.Light) })
            {
                data.Add(path, width, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcagViolations(string path, int width, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: width, height: 900, scheme: scheme, realContent: true);
        await page.GotoAsync(path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")));
    }
}
