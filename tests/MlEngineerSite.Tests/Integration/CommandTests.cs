using System.Text.RegularExpressions;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The executable's own commands, run as a self-hoster's CI would run them.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task Check_OnGoodContent_ExitsZero()
    {
        var (exitCode, output) = await AppProcess.RunAsync("check", TestPaths.BasicContent);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithAFixedToday_JudgesFiguresByThatDate()
    {
        // The basic content's figures are from 2024: stale on a day in 2030, not on one in 2025.
        var environment = new Dictionary<string, string> { ["Figures__StaleAfterYears"] = "3" };

        var (early, earlyOutput) = await AppProcess.RunAsync(environment, "check", TestPaths.BasicContent, "--strict", "--today", "2025-06-01");
        var (late, lateOutput) = await AppProcess.RunAsync(environment, "check", TestPaths.BasicContent, "--strict", "--today", "2030-06-01");

        Assert.Equal(0, early);
        Assert.Contains("0 error(s), 0 warning(s)", earlyOutput, StringComparison.Ordinal);
        Assert.Equal(1, late);
        Assert.Contains("warning: figure 'median-pay' is from May 2024, more than 3 years ago; newer data may exist", lateOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithATodayThatIsNotADate_SaysHowToWriteIt()
    {
        var (exitCode, output) = await AppProcess.RunAsync("check", TestPaths.BasicContent, "--today", "yesterday");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: --today YYYY-MM-DD", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_ListsEveryFigureWithItsDateAndAge_OldestFirst()
    {
        var figures = File.ReadAllText(Path.Combine(TestPaths.BasicContent, "data/figures.yaml"));
        using var content = new TempContent().Write("data/figures.yaml", figures.Replace("        date: 2024\n        source: Test Statistics Office, Projections\n        url: https://stats.example/projections",
            "        date: 2019\n        source: Test Statistics Office, Projections\n        url: https://stats.example/projections", StringComparison.Ordinal));

        var (exitCode, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Figures__StaleAfterYears"] = "3" }, "figures", content.Folder, "--today", "2025-01-01");
        var rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"^\d+\.\d y ")).ToList();

        Assert.Equal(0, exitCode);
        Assert.StartsWith("5.0 y   2019       growth", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("Test Statistics Office (stale)", rows[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("0.6 y   2024-05    median-pay", StringComparison.Ordinal));
        Assert.Equal(rows.Count, Regex.Matches(figures, @"^\s+- key: ", RegexOptions.Multiline).Count);
        Assert.Contains("the oldest from 2019 (5.0 y old); 1 older than 3 years", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OnBrokenContent_PrintsEachProblemWithFileLineAndColumn_AndExitsOne()
    {
        using var content = new TempContent()
            .Write("articles/alpha.md", File.ReadAllText(Path.Combine(TestPaths.BasicContent, "articles/alpha.md")).Replace("## Details", "## More detail", StringComparison.Ordinal))
            .Write(PublishedAnchorRegister.FileName, "alpha#details\n")
            .Write("articles/delta.md", "---\ntitle: D\ndescription: D\n---\nSee [x](javascript:alert(1)).");

        var (exitCode, output) = await AppProcess.RunAsync("check", content.Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Path.Combine(content.Folder, "articles/beta.md")}:15:5: error: broken link: 'articles/alpha.md' has no heading with the ID '#details'", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(content.Folder, PublishedAnchorRegister.FileName)}:1:1: error: 'alpha#details' was published", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(content.Folder, "articles/delta.md")}:5:5: warning: removed the link", output, StringComparison.Ordinal);
        Assert.Contains("2 error(s), 1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FindsEveryKindOfPlantedMistake_WithFileAndLine()
    {
        var figures = File.ReadAllText(Path.Combine(TestPaths.BasicContent, "data/figures.yaml"));
        using var content = new TempContent()
            .Write("articles/no-title.md", "---\ndescription: D\n---\nText.")
            .Write("articles/typo.md", "---\ntitle: T\ndescription: D\ntitel: T\n---\nText.")
            .Write("articles/Bad-Slug.md", "---\ntitle: T\ndescription: D\nslug: Bad Slug\n---\nText.")
            .Write("articles/Beta.md", "---\ntitle: Beta again\ndescription: D\n---\nText.")
            .Write("articles/links.md", "---\ntitle: T\ndescription: D\n---\n[a](/articles/nowhere) [b](/articles/beta#nothing-here) {{fig no-such-figure}}")
            .Write(PublishedAnchorRegister.FileName, "beta#side-by-side\nbeta#vanished-section\n")
            .Write("data/figures.yaml", figures
                .Replace("        source: Test Statistics Office, Projections\n        url: https://stats.example/projections", "        url: https://stats.example/projections", StringComparison.Ordinal)
                .Replace("        date: 2024\n        source: Test Statistics Office, Handbook", "        source: Test Statistics Office, Handbook", StringComparison.Ordinal));

        var (exitCode, output) = await AppProcess.RunAsync("check", content.Folder);
        string At(string file) => Path.Combine(content.Folder, file);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{At("articles/no-title.md")}:1:1: warning: no 'title' in front matter", output, StringComparison.Ordinal);
        Assert.Contains($"{At("articles/typo.md")}:4:1: warning: unknown key 'titel' is ignored", output, StringComparison.Ordinal);
        Assert.Contains($"{At("articles/Bad-Slug.md")}:4:7: error: slug 'Bad Slug' may use only lower-case letters", output, StringComparison.Ordinal);
        Assert.Contains("error: slug 'beta' is already used by articles/", output, StringComparison.Ordinal);
        Assert.Contains($"{At("articles/links.md")}:5:1: error: broken link: no article at '/articles/nowhere'", output, StringComparison.Ordinal);
        Assert.Matches($@"{Regex.Escape(At("articles/links.md"))}:5:24: error: broken link: 'articles/[Bb]eta.md' has no heading with the ID '#nothing-here'", output);
        Assert.Contains($"{At("articles/links.md")}:5:57: error: unknown figure 'no-such-figure'", output, StringComparison.Ordinal);
        Assert.Contains($"{At(PublishedAnchorRegister.FileName)}:2:1: error: 'beta#vanished-section' was published", output, StringComparison.Ordinal);
        Assert.Matches($@"{Regex.Escape(At("data/figures.yaml"))}:\d+:9: error: 'source' is required", output);
        Assert.Matches($@"{Regex.Escape(At("data/figures.yaml"))}:\d+:9: error: 'date' is required", output);
    }

    [Fact]
    public async Task Check_Strict_TurnsWarningsIntoFailure()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: D\ndescription: D\n---\n# A second h1\n\nText.");

        Assert.Equal(0, (await AppProcess.RunAsync("check", content.Folder)).ExitCode);
        Assert.Equal(1, (await AppProcess.RunAsync("check", content.Folder, "--strict")).ExitCode);
    }

    [Fact]
    public async Task Anchors_RegistersNewSections_AndNeverDropsOldOnes()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "alpha#old-start\n");

        var (exitCode, output) = await AppProcess.RunAsync("anchors", content.Folder);
        var register = File.ReadAllLines(Path.Combine(content.Folder, PublishedAnchorRegister.FileName));

        Assert.Equal(0, exitCode);
        Assert.Contains("alpha#old-start", register);
        Assert.Contains("gamma#pay-tables", register);
        Assert.Equal(register.Order(StringComparer.Ordinal), register);
        Assert.Contains("new section ID(s) registered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anchors_IgnoresWhatWasNeverPublished()
    {
        using var content = new TempContent()
            .Write("articles/future.md", "---\ntitle: Future\ndescription: D\npublish: 2099-01-15T09:00Z\n---\n## Notes\n\nText.")
            .Write("articles/sketch.md", "---\ntitle: Sketch\ndescription: D\ndraft: true\n---\n## Notes\n\nText.");

        var (exitCode, output) = await AppProcess.RunAsync("anchors", content.Folder, "--today", "2026-12-03");
        var registers = File.ReadAllText(Path.Combine(content.Folder, PublishedAnchorRegister.FileName)) + File.ReadAllText(Path.Combine(content.Folder, PublishedArticleRegister.FileName));

        Assert.True(exitCode == 0, output);
        Assert.Contains("gamma#pay-tables", registers, StringComparison.Ordinal);
        Assert.DoesNotContain("future", registers, StringComparison.Ordinal);
        Assert.DoesNotContain("sketch", registers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anchors_RegistersNewArticlesWithToday_KeepingTheFirstDateOfOldOnes()
    {
        using var content = new TempContent().Write(PublishedArticleRegister.FileName, "first-article 2024-06-01\n"); // alpha's old slug

        var (exitCode, output) = await AppProcess.RunAsync("anchors", content.Folder, "--today", "2026-12-03");
        var register = File.ReadAllLines(Path.Combine(content.Folder, PublishedArticleRegister.FileName));
        var (snapshot, _) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Equal(0, exitCode);
        Assert.Equal(["beta 2026-12-03", "first-article 2024-06-01", "gamma 2026-12-03"], register);
        Assert.Contains("2 new article(s) registered as first published on 2026-12-03", output, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 6, 1), snapshot!.BySlug["alpha"].Published); // through its old slug
        Assert.Equal(new DateOnly(2026, 12, 3), snapshot.BySlug["beta"].Published);
    }

    [Theory]
    [InlineData("nowhere 2024-06-01\n", "published-articles.txt:1:1: error: 'nowhere' was published on 2024-06-01, but no article has that slug: add it to an article's 'aliases'")]
    [InlineData("alpha June 2024\n", "published-articles.txt:1:1: error: expected 'slug YYYY-MM-DD', not 'alpha June 2024'")]
    public async Task ArticleRegister_Problems_NameTheLine(string register, string expected)
    {
        using var content = new TempContent().Write(PublishedArticleRegister.FileName, register);

        var (exitCode, output) = await AppProcess.RunAsync("check", content.Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }
}
