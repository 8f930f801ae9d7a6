using System.Collections.Concurrent;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting.Caching;

namespace MlEngineerSite.Branding;

/// <summary>
/// <c>/brand/{hash}.{ext}</c>: the logo, favicon and stylesheet of the brand. The address changes
/// with the bytes, so each is cached for good; it comes from the site's own origin, under the same
/// Content-Security-Policy as every response (an SVG's scripts never run). The files of the last few
/// brands stay served too: a page a reader opened (or a cache kept) a minute before an edit of
/// site.yaml still finds its logo and stylesheet.
/// </summary>
public static class BrandEndpoints
{
    /// <summary>How many brand files are kept, newest first (each content-addressed, so never stale): the current brand's and a few before.</summary>
    private const int Kept = 16;

    public static IEndpointRouteBuilder MapBrand(this IEndpointRouteBuilder endpoints)
    {
        var store = endpoints.ServiceProvider.GetRequiredService<ContentStore>();
        var recent = new ConcurrentDictionary<string, (BrandAsset Asset, long Published)>(StringComparer.Ordinal);
        long published = 0;
        void Remember(SiteBrand brand)
        {
            var now = Interlocked.Increment(ref published);
            foreach (var asset in brand.Assets)
            {
                recent[asset.Url] = (asset, now);
            }

            foreach (var old in recent.OrderByDescending(e => e.Value.Published).Skip(Kept))
            {
                recent.TryRemove(old.Key, out _);
            }
        }

        // The first brand once the host has loaded the content (before that, there is none), then each one published.
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => Remember(store.Current.Brand));
        store.StateChanged += state => Remember(state.Snapshot.Brand);
        endpoints.MapGet(BrandAsset.UrlPrefix + "{file}", (string file, HttpContext context) =>
        {
            var path = BrandAsset.UrlPrefix + file;
            if (!recent.TryGetValue(path, out var found) && store.Current.Brand.Assets.FirstOrDefault(a => a.Url == path) is { } current)
            {
                found = (current, 0);
            }

            if (found.Asset is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = ResponseCacheMiddleware.AssetCacheControl;
            return Results.Bytes(found.Asset.Bytes, found.Asset.ContentType);
        });
        return endpoints;
    }
}
