namespace MlEngineerSite.Pages;

/// <summary>
/// What a page says about itself in its head: title, description, canonical address and the
/// Open Graph type, so link previews (chat apps, LinkedIn) describe exactly this page.
/// </summary>
public sealed record PageMeta(string? Title, string? Description, string? CanonicalPath, string OpenGraphType = "website")
{
    public const string Key = nameof(PageMeta);

    /// <summary>The head of a page the site describes (<see cref="Seo.SitePage"/>): the same title and description as its card and its oEmbed answer.</summary>
    public static PageMeta Of(Seo.SitePage page, string openGraphType = "website") =>
        new(page.Title, page.Description, page.Path, openGraphType);

    /// <summary>The language of every page, for Open Graph (the pages say <c>lang="en"</c>; the articles use British spelling).</summary>
    public const string Locale = "en_GB";

    /// <summary>Error and search pages are not for search engines.</summary>
    public bool NoIndex { get; init; }

    /// <summary>A picture for link previews (an absolute address): the front matter's <c>image</c>; without one, the page's card.</summary>
    public string? Image { get; init; }

    /// <summary>The title in link previews; the page title without the site name by default.</summary>
    public string? SocialTitle { get; init; }

    /// <summary>The picture link previews and structured data show: the front matter's <c>image</c>, else the page's own card.</summary>
    public string? ImageUrl(SiteOptions site) =>
        Image ?? (CanonicalPath is { } path ? site.AbsoluteUrl(Cards.CardPaths.For(path)) : null);

    /// <summary>A shorter title for when <see cref="Title"/> and the site's name run past 70 characters (a section's heading without its article).</summary>
    public string? ShortTitle { get; init; }

    /// <summary>
    /// The text of &lt;title&gt;, within the 70 characters search results show: the title and the
    /// site's name; else the title alone; else the short title; else the shortest of them cut at a word.
    /// </summary>
    public string PageTitle(string siteName)
    {
        if (string.IsNullOrEmpty(Title))
        {
            return siteName;
        }

        string?[] candidates = [$"{Title} · {siteName}", Title, ShortTitle];
        return candidates.FirstOrDefault(t => t is { Length: <= Content.Markdown.ArticleReader.PageTitleLength })
            ?? Content.Model.TextExcerpt.Summary(ShortTitle ?? Title, Content.Markdown.ArticleReader.PageTitleLength);
    }
}
