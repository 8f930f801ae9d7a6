using System.Text;

namespace MlEngineerSite.Tests.Browser;

/// <summary>Preview mode as an editor uses it: the page open in Chromium follows each save of the file.</summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class PreviewBrowserTests(BrowserFixture browser)
{
    private const float Timeout = 30_000;

    /// <summary>An article long enough that its last section is far down a phone's screen.</summary>
    private static string LongArticle(string title)
    {
        var text = new StringBuilder($"---\ntitle: {title}\ndescription: D\n---\nIntro.\n");
        for (var i = 1; i <= 12; i++)
        {
            text.Append($"\n## Part {i}\n\n").AppendJoin(' ', Enumerable.Repeat($"Sentence {i} of a long section that fills the screen.", 25)).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public async Task SavingAFile_ReloadsTheOpenPageAtTheSameSection_AndABrokenSave_ShowsItsProblemOnThePage()
    {
        using var content = new TempContent().Write("articles/long.md", LongArticle("Long read"));
        using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Content__Path"] = content.Folder,
            ["Site__Preview"] = "true",
            ["Content__ReloadDebounceMilliseconds"] = "50",
            ["Content__SettleMilliseconds"] = "0",
        });
        var address = await app.WaitUntilListeningAsync();
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 390, Height = 700 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/long#part-9");
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(before > 2000, $"the page did not scroll to its ninth part ({before} px)");

        content.Write("articles/long.md", LongArticle("Long read, edited"));
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Long read, edited'", null, new() { Timeout = Timeout });
        await page.WaitForFunctionAsync($"() => Math.abs(window.scrollY - {before}) < 50", null, new() { Timeout = Timeout });
        Assert.Equal("#part-9", await page.EvaluateAsync<string>("() => location.hash"));

        content.Write("articles/long.md", LongArticle("Long read, edited").Replace("description: D", "description: D\norder: first", StringComparison.Ordinal));
        var banner = page.Locator(".preview-banner[role=alert]");
        await banner.WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("articles/long.md:4:8: error: 'order' must be a number, not 'first'", await banner.TextContentAsync());
        Assert.Equal("Long read, edited", await page.Locator("h1").TextContentAsync()); // Still the last good version.

        content.Write("articles/long.md", LongArticle("Long read, fixed"));
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Long read, fixed'", null, new() { Timeout = Timeout });
        Assert.Equal(0, await banner.CountAsync());
        await context.CloseAsync();
    }
}
