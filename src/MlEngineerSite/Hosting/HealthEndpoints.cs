using MlEngineerSite.Content;

namespace MlEngineerSite.Hosting;

/// <summary>
/// <c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: content is loaded, with its
/// version and the last refused reload (problems with paths relative to the content folder, so no
/// file system path leaks to the public).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text("live\n", "text/plain; charset=utf-8");
        });
        endpoints.MapGet(ReadyPath, (ContentStore store, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var state = store.State;
            return Results.Json(new
            {
                status = "ready",
                contentVersion = state.Snapshot.Version,
                articles = state.Snapshot.Articles.Count,
                searchIndexBuilt = state.Snapshot.SearchReady.IsCompletedSuccessfully,
                publishedAt = state.PublishedAt,
                lastReloadError = state.LastError is { } error
                    ? new { at = error.At, problems = error.Problems.Where(p => p.Severity == ContentSeverity.Error).Take(20).Select(p => p.ToString()) }
                    : null,
            });
        });
        return endpoints;
    }
}
