using MlEngineerSite.Content.Model;
using MlEngineerSite.Seo;

namespace MlEngineerSite.Embeds;

/// <summary>Finds the page of this site that another site asks to embed.</summary>
public static class EmbeddedPage
{
    /// <summary>
    /// The page an address names, if it is one of this site's pages: the same scheme and host as the
    /// public base URL, a path the site serves (old slugs and section IDs followed to the current
    /// ones), a <c>#section</c> fragment read as the section's share page. Nothing is ever fetched.
    /// </summary>
    public static SitePage? Find(string? url, ContentSnapshot content, SiteOptions site)
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

        var page = SitePage.At(path[basePath.Length..], content, followAliases: true);
        var fragment = address.Fragment.TrimStart('#');
        // A page of pages/ has no share page per section: it is embedded whole.
        return page is { Article: { IsPage: false } article, Section: null } && fragment.Length > 0 && article.FindSection(fragment, out _) is { } inPage
            ? SitePage.Of(article, inPage)
            : page;
    }
}
