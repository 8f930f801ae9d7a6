using System.Net;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The app as a process, configured by environment variables, as a self-hoster starts it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task BrokenContent_StopsStartup_NamingEachFileAndLine()
    {
        using var content = new TempContent()
            .Write("articles/broken.md", "---\ntitle: Broken\nupdated: soon\n---\nA date that is not one, and {{fig nope}}.")
            .Write("articles/notitle.md", "---\ndescription: D\n---\nText");
        using var app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = content.Folder });

        var exitCode = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("articles/broken.md:3:10: error: 'updated' must be a date written YYYY-MM-DD (or a timestamp), not 'soon'", app.Output, StringComparison.Ordinal);
        Assert.Contains("articles/broken.md:5:29: error: unknown figure 'nope'", app.Output, StringComparison.Ordinal);
        Assert.Contains("articles/notitle.md:1:1: warning: no 'title' in front matter", app.Output, StringComparison.Ordinal); // Printed too: all problems are.
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodContent_IsServedOnARealPort_WithSettingsFromEnvironmentVariables()
    {
        using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Content__Path"] = TestPaths.BasicContent,
            ["Site__Name"] = "Career Centre",
            ["Site__BaseUrl"] = "https://careers.university.example",
        });
        using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };

        using var response = await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alpha article · Career Centre", document.Title);
        Assert.Equal("https://careers.university.example/articles/alpha", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MissingContentFolder_StopsStartup_WithAClearMessage()
    {
        using var app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = "/no/such/content/folder" });

        var exitCode = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("The content folder /no/such/content/folder has errors", app.Output, StringComparison.Ordinal);
        Assert.Contains(".:1:1: error: the content folder does not exist (set Content__Path to a folder with an articles/ folder)", app.Output, StringComparison.Ordinal);
    }
}
