namespace MlEngineerSite.Hosting;

/// <summary>
/// Finds the top-level folders the app serves. A published app carries <c>wwwroot/</c> and
/// <c>content/</c> beside itself; in a source checkout they are at the repository's root,
/// two levels above the project folder.
/// </summary>
public static class SitePaths
{
    public static string Find(string contentRoot, string folderName)
    {
        var candidates = new[]
        {
            Path.Combine(contentRoot, folderName),
            Path.GetFullPath(Path.Combine(contentRoot, "..", "..", folderName)),
        };
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new SiteConfigurationException(
                $"The '{folderName}' folder was not found in {string.Join(" or ", candidates)}. Start the app from its own folder or set --contentRoot.");
    }

    public static string ContentFolder(string contentRoot, string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? Find(contentRoot, "content")
            : Path.GetFullPath(Path.Combine(contentRoot, configured));
}
