using Microsoft.Playwright;

namespace MlEngineerSite.Tests.Browser;

/// <summary>
/// A light page: every article's HTML, CSS and JavaScript arrive in at most 30 KB compressed, with
/// no web font, and the page says everything it has to say with JavaScript off.
/// </summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class BudgetBrowserTests(BrowserFixture browser)
{
    private const long BudgetBytes = 30 * 1024;

    private static readonly string[] Counted = ["document", "stylesheet", "script"];

    private async Task<IReadOnlyList<string>> ArticlePathsAsync() =>
        [.. (await browser.AuditedPathsAsync()).Where(p => p.StartsWith("/articles/", StringComparison.Ordinal))];

    [Fact]
    public async Task EveryArticle_TransfersAtMost30KilobytesCompressed_WithoutWebFonts()
    {
        var over = new List<string>();
        foreach (var path in await ArticlePathsAsync())
        {
            var page = await browser.NewPageAsync(realContent: true); // A fresh context: nothing comes from the browser's cache.
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            long transferred = 0;
            foreach (var response in responses)
            {
                var type = response.Request.ResourceType;
                Assert.True(type != "font", $"{path} loads a web font: {response.Url}");
                if (Counted.Contains(type))
                {
                    var sizes = await response.Request.SizesAsync();
                    transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
                }
            }

            Assert.Contains(responses, r => r.Request.ResourceType == "stylesheet" && r.Headers.ContainsKey("content-encoding"));
            if (transferred > BudgetBytes)
            {
                over.Add($"{path}: {transferred:N0} bytes of HTML, CSS and JavaScript, over {BudgetBytes:N0}");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(over.Count == 0, string.Join("\n", over));
    }

    [Fact]
    public async Task EveryArticle_IsComplete_WithJavaScriptOff()
    {
        // The same headings, text, tables, charts and links either way; only the script's copy-link buttons are left out.
        const string Inventory = "() => [...document.querySelectorAll('main h1, main h2, main h3, main p, main li, main table, main svg, main a[href]')].map(e => { const copy = e.cloneNode(true); copy.querySelectorAll('button').forEach(b => b.remove()); return e.tagName + ':' + copy.textContent.trim(); }).join('\\n')";
        var withScript = await browser.NewPageAsync(realContent: true);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.RealSiteAddress.ToString(), JavaScriptEnabled = false });
        var withoutScript = await context.NewPageAsync();
        foreach (var path in await ArticlePathsAsync())
        {
            await withScript.GotoAsync(path);
            await withoutScript.GotoAsync(path);

            var expected = await withScript.EvaluateAsync<string>(Inventory);
            Assert.True(expected.Split('\n').Length > 10, $"{path} has almost nothing in main");
            Assert.Equal(expected, await withoutScript.EvaluateAsync<string>(Inventory));
        }

        await context.CloseAsync();
    }
}
