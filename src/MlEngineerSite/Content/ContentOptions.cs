namespace MlEngineerSite.Content;

/// <summary>Where the content folder is. Environment: <c>Content__Path</c>.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder. Relative paths are resolved against the app's content root; empty means
    /// the bundled folder: <c>content/</c> beside the published app, or the repository's top-level <c>content/</c>.
    /// </summary>
    public string? Path { get; set; }
}
