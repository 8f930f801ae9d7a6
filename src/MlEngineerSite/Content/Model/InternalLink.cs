namespace MlEngineerSite.Content.Model;

/// <summary>
/// A link from an article to a page of this site, checked once every article is loaded.
/// <see cref="File"/> is set for a link to a Markdown file (<c>../other.md#part</c>): the file it
/// names under articles/, whose article the link leads to whatever its slug.
/// </summary>
public sealed record InternalLink(string Path, string? Fragment, int Line, int Column)
{
    public string? File { get; init; }

    /// <summary>For an Obsidian wiki link: the note it names (a file name without .md, or folder/name).</summary>
    public string? Note { get; init; }
}

/// <summary>
/// What the link check found to change in one article's links, by the link's line and column: the
/// URL it should have (a file link whose article has a slug of its own, an old path), or null where
/// its target does not exist, so the link is shown as its text.
/// </summary>
public sealed class LinkFixes : Dictionary<(int Line, int Column), string?>;
