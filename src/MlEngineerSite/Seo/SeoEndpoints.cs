using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Seo;

/// <summary>Maps /sitemap.xml, /feed.xml (and each tag's), and /robots.txt, built from the current content and the configured base URL.</summary>
public static class SeoEndpoints
{
    public static IEndpointRouteBuilder MapSeoFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (ContentStore content, IOptions<SiteOptions> site) =>
            Results.Text(SitemapXml.Write(content.Current, site.Value), "application/xml; charset=utf-8"));

        endpoints.MapGet("/feed.xml", (ContentStore content, IOptions<SiteOptions> site) =>
            Results.Text(AtomFeed.Write(content.Current, site.Value), "application/atom+xml; charset=utf-8"));

        endpoints.MapGet("/tags/{tag}/feed.xml", (string tag, ContentStore content, IOptions<SiteOptions> site) =>
            content.Current.TagsBySlug.TryGetValue(tag, out var page)
                ? Results.Text(AtomFeed.Write(page, content.Current, site.Value), "application/atom+xml; charset=utf-8")
                : Results.NotFound());

        endpoints.MapGet("/robots.txt", (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {site.Value.AbsoluteUrl("/sitemap.xml")}\n", "text/plain; charset=utf-8"));

        return endpoints;
    }
}
