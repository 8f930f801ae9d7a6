using System.Diagnostics;

namespace MlEngineerSite.Tests.Integration;

/// <summary>
/// Every page of the bundled site and of the demo folder, exported as the static export writes it, passes the Nu HTML
/// Checker (vnu-jar, installed by tools/test.sh into .cache/vnu) with zero errors.
/// </summary>
public sealed class ValidHtmlTests
{
    private static string VnuJar => Path.Combine(TestPaths.RepositoryRoot, ".cache", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The bundled site, and a self-hoster's (the German demo, with its brand and pages).</summary>
    [Theory]
    [InlineData("content", 60)]
    [InlineData("content-examples/career-centre", 20)]
    public async Task EveryExportedPage_PassesTheNuHtmlChecker(string folder, int atLeast)
    {
        Assert.True(File.Exists(VnuJar), $"The Nu HTML Checker is missing at {VnuJar}: run tools/test.sh, which installs it.");
        using var output = new TempContent(copyBasic: false);
        var (exportExit, exportLog) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = Path.Combine(TestPaths.RepositoryRoot, folder) }, "export", output.Folder);
        Assert.True(exportExit == 0, exportLog);
        var pages = Directory.EnumerateFiles(output.Folder, "*.html", SearchOption.AllDirectories).ToList();

        var start = new ProcessStartInfo("java", ["-jar", VnuJar, "--errors-only", "--skip-non-html", .. pages])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var vnu = Process.Start(start)!;
        var errors = await vnu.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await vnu.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(pages.Count > atLeast, $"only {pages.Count} pages exported");
        Assert.True(vnu.ExitCode == 0 && errors.Trim().Length == 0, errors.Replace(output.Folder, "", StringComparison.Ordinal));
    }
}
