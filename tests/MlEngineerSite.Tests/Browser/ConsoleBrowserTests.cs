using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>Under the real Content-Security-Policy, pages load with no console error, no CSP violation, no failed or cross-origin request.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ConsoleBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/salary")]
    [InlineData("/articles/salary/pay-in-the-bls-occupation")]
    [InlineData("/articles/ml-engineer-vs-data-scientist")]
    [InlineData("/search?q=python")]
    [InlineData("/no/such/page")]
    public async Task Page_LoadsCleanly(string path)
    {
        var page = await browser.NewPageAsync(realContent: true, permissions: ["clipboard-read", "clipboard-write"]);
        var problems = new List<string>();
        var origin = browser.RealSiteAddress.GetLeftPart(UriPartial.Authority);
        page.Console += (_, message) =>
        {
            // The 404 page's own status is reported by Chromium as a failed resource; anything else is a defect.
            if (message.Type == "error" && !(path == "/no/such/page" && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"other origin: {request.Url}");
            }
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        if (await page.Locator("button.copy-link").CountAsync() > 0)
        {
            await page.Locator("button.copy-link").First.ClickAsync(); // The script's own work must not trip the policy either.
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
