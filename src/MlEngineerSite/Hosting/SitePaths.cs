namespace MlEngineerSite.Hosting;

/// <summary>
/// Finds the top-level folders the app serves. A published app carries <c>wwwroot/</c> and
/// <c>content/</c> beside itself (its content root); a build in a source checkout finds them at the
/// repository's root, the first folder above the app that holds MlEngineerSite.sln.
/// </summary>
public static class SitePaths
{
    public static string Find(string contentRoot, string folderName)
    {
        string?[] candidates = [Path.Combine(contentRoot, folderName), RepositoryRoot() is { } root ? Path.Combine(root, folderName) : null];
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new SiteConfigurationException(
                $"The '{folderName}' folder was not found in {string.Join(" or ", candidates.Where(c => c is not null))}. Start the app from its own folder or set --contentRoot.");
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MlEngineerSite.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public static string ContentFolder(string contentRoot, string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? Find(contentRoot, "content")
            : Path.GetFullPath(Path.Combine(contentRoot, configured));
}
