using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Embeds;

/// <summary>A page of this site that another site may embed: its canonical path, title and description.</summary>
public sealed record EmbeddedPage(string Path, string Title, string Description)
{
    /// <summary>
    /// The page an address names, if it is one of this site's pages: the same scheme and host as the
    /// public base URL, a path the site serves (old slugs and section IDs followed to the current
    /// ones), a <c>#section</c> fragment read as the section's share page. Nothing is ever fetched.
    /// </summary>
    public static EmbeddedPage? Find(string? url, ContentSnapshot content, SiteOptions site)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var home)
            || !string.Equals(address.Host, home.Host, StringComparison.OrdinalIgnoreCase) || address.Port != home.Port
            || address.Scheme != home.Scheme)
        {
            return null;
        }

        var basePath = home.AbsolutePath.TrimEnd('/');
        var path = address.AbsolutePath;
        if (!path.StartsWith(basePath + "/", StringComparison.OrdinalIgnoreCase) && path != basePath)
        {
            return null;
        }

        var parts = path[basePath.Length..].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fragment = address.Fragment.TrimStart('#');
        switch (parts)
        {
            case []:
                return new EmbeddedPage("/", site.Name, site.Tagline);
            case ["tags"]:
                return new EmbeddedPage("/tags", "Tags", $"Every tag of the {content.Articles.Count} articles.");
            case ["tags", var tag] when content.TagsBySlug.TryGetValue(tag.ToLowerInvariant(), out var page):
                return new EmbeddedPage(page.Url, $"Tagged “{page.Name}”", $"{page.Articles.Count} article{(page.Articles.Count == 1 ? "" : "s")} tagged “{page.Name}”.");
            case ["articles", var slug] when Article(slug, content) is { } article:
                return fragment.Length > 0 && article.FindSection(fragment, out _) is { } inPage
                    ? Section(article, inPage)
                    : new EmbeddedPage(article.Url, article.Title, article.Description);
            case ["articles", var slug, var id] when Article(slug, content) is { } article && article.FindSection(id, out _) is { } section:
                return Section(article, section);
            default:
                return null;
        }
    }

    private static Article? Article(string slug, ContentSnapshot content) =>
        content.BySlug.TryGetValue(slug, out var article) || content.ByAlias.TryGetValue(slug, out article) ? article : null;

    private static EmbeddedPage Section(Article article, ArticleSection section) =>
        new(article.SectionUrl(section), $"{section.Title} – {article.Title}", section.Summary);
}
