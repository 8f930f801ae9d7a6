using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Seo;

/// <summary>
/// What a page of the site is called and how it is described, so its head, its link-preview card
/// and its oEmbed answer say the same: the home page, the tags, a tag, an article and a section
/// (whose <see cref="Section"/> and <see cref="Article"/> are set).
/// </summary>
public sealed record SitePage(string Path, string Title, string Description, Article? Article = null, ArticleSection? Section = null, TagPage? Tag = null)
{
    public static SitePage Home(SiteOptions site) => new("/", site.Name, site.Tagline);

    public static SitePage Tags(ContentSnapshot content) =>
        new("/tags", "Tags", $"Every tag of the {content.Articles.Count} article{Plural(content.Articles.Count)}, with how many carry it.");

    public static SitePage Of(TagPage tag) =>
        new(tag.Url, $"Tagged “{tag.Name}”", $"{tag.Articles.Count} article{Plural(tag.Articles.Count)} tagged “{tag.Name}”.", Tag: tag);

    public static SitePage Of(Article article) => new(article.Url, article.Title, article.Description, article);

    public static SitePage Of(Article article, ArticleSection section) =>
        new(article.SectionUrl(section), $"{section.Title} – {article.Title}", section.Summary, article, section);

    /// <summary>
    /// The page at a site path ("/", "/tags", "/tags/x", "/articles/slug", "/articles/slug/id"), or
    /// null. Only current addresses, unless <paramref name="followAliases"/>: then old slugs and old
    /// section IDs name the page they now redirect to, and case does not matter.
    /// </summary>
    public static SitePage? At(string path, ContentSnapshot content, SiteOptions site, bool followAliases = false) =>
        path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [] => Home(site),
            ["tags"] => Tags(content),
            ["tags", var tag] when content.TagsBySlug.TryGetValue(followAliases ? tag.ToLowerInvariant() : tag, out var page) => Of(page),
            ["articles", var slug] when ArticleAt(slug, content, followAliases) is { } article => Of(article),
            ["articles", var slug, var id] when ArticleAt(slug, content, followAliases) is { } article
                                                && article.FindSection(id, out var isAlias) is { } section && (followAliases || !isAlias) => Of(article, section),
            _ => null,
        };

    private static Article? ArticleAt(string slug, ContentSnapshot content, bool followAliases) =>
        content.BySlug.TryGetValue(slug, out var article) || (followAliases && content.ByAlias.TryGetValue(slug, out article)) ? article : null;

    private static string Plural(int count) => count == 1 ? "" : "s";
}
