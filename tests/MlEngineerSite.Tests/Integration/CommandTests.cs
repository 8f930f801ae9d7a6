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
}
