namespace MlEngineerSite.Pages;

/// <summary>
/// What a page says about itself in its head: title, description, canonical address and the
/// Open Graph type, so link previews (chat apps, LinkedIn) describe exactly this page.
/// </summary>
public sealed record PageMeta(string? Title, string? Description, string? CanonicalPath, string OpenGraphType = "website")
{
    public const string Key = nameof(PageMeta);

    /// <summary>The language of every page, for Open Graph (the pages say <c>lang="en"</c>; the articles use British spelling).</summary>
    public const string Locale = "en_GB";

    /// <summary>Error and search pages are not for search engines.</summary>
    public bool NoIndex { get; init; }

    /// <summary>A picture for link previews (an absolute address): the front matter's <c>image</c>; without one, the page's card.</summary>
    public string? Image { get; init; }

    /// <summary>The title in link previews; the page title without the site name by default.</summary>
    public string? SocialTitle { get; init; }
}
