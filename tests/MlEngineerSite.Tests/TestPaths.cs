namespace MlEngineerSite.Tests;

/// <summary>Folders the tests read, copied beside the test assembly at build time.</summary>
public static class TestPaths
{
    public static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    public static string BasicContent => Path.Combine(AppContext.BaseDirectory, "TestContent", "basic");

    /// <summary>The repository's real content folder (the one smoke test reads it).</summary>
    public static string RealContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>The demo folder of a self-hoster's own site (content-examples/career-centre): German, with its own brand and pages.</summary>
    public static string CareerCentre => Path.Combine(RepositoryRoot, "content-examples", "career-centre");

    /// <summary>The app's project folder: its content root under <c>dotnet run</c>.</summary>
    public static string AppProject => Path.Combine(RepositoryRoot, "src", "MlEngineerSite");

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "MlEngineerSite.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("MlEngineerSite.sln was not found above the test assembly");
        }
    }
}
