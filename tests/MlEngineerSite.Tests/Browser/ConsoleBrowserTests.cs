using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>
/// Under the real Content-Security-Policy, every page loads with no console error, no CSP
/// violation, no failed or cross-origin request, at phone and desktop width, light and dark.
/// </summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class ConsoleBrowserTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(BrowserFixture.PhoneAndDesktopInLightAndDark), MemberType = typeof(BrowserFixture))]
    public async Task EveryPage_LoadsCleanly(int width, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: width, scheme: scheme, realContent: true, permissions: ["clipboard-read", "clipboard-write"]);
        var problems = new List<string>();
        var origin = browser.RealSiteAddress.GetLeftPart(UriPartial.Authority);
        var path = "";
        page.Console += (_, message) =>
        {
            // The 404 page's own status is reported by Chromium as a failed resource; anything else is a defect.
            if (message.Type == "error" && !(path == "/no/such/page" && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                problems.Add($"{path}: console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"{path}: failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"{path}: other origin: {request.Url}");
            }
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        foreach (var next in await browser.AuditedPathsAsync())
        {
            path = next;
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            if (await page.Locator("button.copy-link").CountAsync() > 0)
            {
                await page.Locator("button.copy-link").First.ClickAsync(); // The script's own work must not trip the policy either.
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
