using System.Reflection;

namespace MlEngineerSite;

/// <summary>
/// Where the app's own folders are, decided at build time, never by searching the disk: the web
/// root is copied beside the app by the build and the publish; the bundled content is beside a
/// published app, and in a source checkout it is the repository's <c>content/</c>, whose path the
/// build records (so <c>dotnet run</c> serves the files an editor is changing).
/// </summary>
public static class SiteFolders
{
    public static string WebRoot { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static string BundledContent { get; } =
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "content"))
            ? Path.Combine(AppContext.BaseDirectory, "content")
            : Path.GetFullPath(typeof(SiteFolders).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BundledContent").Value!);

    /// <summary>The content folder to serve: the setting (relative to the content root), else the bundled one.</summary>
    public static string ContentFolder(string contentRoot, string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? BundledContent : Path.GetFullPath(Path.Combine(contentRoot, configured));
}
