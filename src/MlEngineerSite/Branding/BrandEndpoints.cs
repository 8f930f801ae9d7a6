using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting.Caching;

namespace MlEngineerSite.Branding;

/// <summary>
/// <c>/brand/{hash}.{ext}</c>: the logo, favicon and stylesheet of the current brand. The address
/// changes with the bytes, so each is cached for good; it comes from the site's own origin, under
/// the same Content-Security-Policy as every response (an SVG's scripts never run).
/// </summary>
public static class BrandEndpoints
{
    public static IEndpointRouteBuilder MapBrand(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BrandAsset.UrlPrefix + "{file}", (string file, HttpContext context, ContentStore content) =>
        {
            var path = BrandAsset.UrlPrefix + file;
            if (content.Current.Brand.Assets.FirstOrDefault(a => a.Url == path) is not { } asset)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = ResponseCacheMiddleware.AssetCacheControl;
            return Results.Bytes(asset.Bytes, asset.ContentType);
        });
        return endpoints;
    }
}
