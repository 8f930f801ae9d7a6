using MlEngineerSite.Branding;
using MlEngineerSite.Cards;
using MlEngineerSite.Embeds;
using MlEngineerSite.Figures.Downloads;
using MlEngineerSite.Hosting.Caching;
using MlEngineerSite.Hosting.Logging;
using MlEngineerSite.Hosting.Security;
using MlEngineerSite.Localization;
using MlEngineerSite.Preview;
using MlEngineerSite.Search;
using MlEngineerSite.Seo;

namespace MlEngineerSite.Hosting;

public static class SitePipeline
{
    /// <summary>
    /// Security headers on everything, then the request log, then error pages, so that a 404 or 500
    /// anywhere gets the site's own page and never exception details. The response cache comes
    /// before static files and routing: a cached page or asset is written as bytes from there, and
    /// whatever it cannot answer moves to the thread pool.
    /// </summary>
    public static WebApplication UseSite(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProxyOptions>>().Value.Entries.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        var comparison = app.Services.GetRequiredService<ComparisonOptions>();
        if (comparison.BuiltInLog)
        {
            Serilog.SerilogApplicationBuilderExtensions.UseSerilogRequestLogging(app);
        }
        else
        {
            app.UseMiddleware<RequestLogMiddleware>(); // After forwarded headers: it logs the client's own address and scheme.
        }

        app.UseMiddleware<MethodFilterMiddleware>();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<CanonicalUrlMiddleware>();
        app.UsePreviewEvents(); // A stream, ahead of the caches that buffer whole responses.
        if (comparison.BuiltInCache)
        {
            app.UseMiddleware<LeaveIOThreadMiddleware>();
            app.UseOutputCache();
            app.UseResponseCompression();
            var cache = app.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
            app.Services.GetRequiredService<Content.Publishing.ContentStore>().StateChanged += _ => cache.EvictByTagAsync("content", default).AsTask().Wait();
        }
        else
        {
            app.UseMiddleware<ResponseCacheMiddleware>();
            app.UseMiddleware<LeaveIOThreadMiddleware>(); // Cache hits may be answered on a socket thread (InlineIO); nothing after.
        }
        app.UseRequestLocalization(SiteLanguage.RequestOptions(app.Services.GetRequiredService<Content.Publishing.ContentStore>()));
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages link assets with a content hash (?v=...), so a versioned URL never changes.
            OnPrepareResponse = asset => asset.Context.Response.Headers.CacheControl = asset.Context.Request.Query.ContainsKey("v")
                ? ResponseCacheMiddleware.AssetCacheControl
                : ResponseCacheMiddleware.PageCacheControl,
        });
        app.UseRouting();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapSeoFiles();
        app.MapFigureDownloads();
        app.MapCards();
        app.MapOEmbed();
        app.MapHealth();
        app.MapOpenSearch();
        app.MapBrand();
        app.MapOldPaths(); // Last: the fallback for what no other route answers.
        return app;
    }
}
