using MlEngineerSite.Content.Model;
using static MlEngineerSite.Localization.SiteText;

namespace MlEngineerSite.Seo;

/// <summary>
/// What a page of the site is called and how it is described, so its head, its link-preview card
/// and its oEmbed answer say the same: the home page, the tags, a tag, an article and a section
/// (whose <see cref="Section"/> and <see cref="Article"/> are set).
/// </summary>
public sealed record SitePage(string Path, string Title, string Description, Article? Article = null, ArticleSection? Section = null, TagPage? Tag = null)
{
    public static SitePage Home(Branding.SiteBrand brand) => new("/", brand.Name, brand.Tagline);

    public static SitePage Tags(ContentSnapshot content) =>
        new("/tags", T["Tags"], content.Articles.Count == 1 ? T["Every tag of the one article, with how many carry it."] : T["Every tag of the {0} articles, with how many carry it.", content.Articles.Count]);

    public static SitePage Of(TagPage tag) =>
        new(tag.Url, T["Tagged “{0}”", tag.Name], tag.Articles.Count == 1 ? T["1 article tagged “{0}”.", tag.Name] : T["{0} articles tagged “{1}”.", tag.Articles.Count, tag.Name], Tag: tag);

    public static SitePage Of(Article article) => new(article.Url, article.Title, article.Description, article);

    public static SitePage Of(Article article, ArticleSection section) =>
        new(article.SectionUrl(section), $"{section.Title} – {article.Title}", section.Summary, article, section);

    /// <summary>
    /// The page at a site path ("/", "/tags", "/tags/x", "/articles/slug", "/articles/slug/id"), or
    /// null. Only current addresses, unless <paramref name="followAliases"/>: then old slugs and old
    /// section IDs name the page they now redirect to, and case does not matter.
    /// </summary>
    public static SitePage? At(string path, ContentSnapshot content, bool followAliases = false) =>
        path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [] => Home(content.Brand),
            ["tags"] => Tags(content),
            ["tags", var tag] when content.TagsBySlug.TryGetValue(followAliases ? tag.ToLowerInvariant() : tag, out var page) => Of(page),
            ["articles", var slug] when ArticleAt(slug, content, followAliases) is { } article => Of(article),
            ["pages", var slug] when content.PagesBySlug.TryGetValue(slug, out var page) && (followAliases || page.Slug == slug) => Of(page),
            ["articles", var slug, var id] when ArticleAt(slug, content, followAliases) is { } article
                                                && article.FindSection(id, out var isAlias) is { } section && (followAliases || !isAlias) => Of(article, section),
            _ => null,
        };

    private static Article? ArticleAt(string slug, ContentSnapshot content, bool followAliases) =>
        content.BySlug.TryGetValue(slug, out var article) || (followAliases && content.ByAlias.TryGetValue(slug, out article)) ? article : null;

}
