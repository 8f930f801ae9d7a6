using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Search;

namespace MlEngineerSite.Hosting;

/// <summary>
/// <c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: content is loaded, with its
/// version and the last refused reload: how many errors, in which files (relative to the content
/// folder), and their messages only when <see cref="HealthOptions.ShowProblems"/> is on, since a
/// message may quote a content line and the endpoint is public.
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
        endpoints.MapGet(ReadyPath, (ContentStore store, SearchIndexer search, IOptions<HealthOptions> options, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var state = store.State;
            var errors = state.LastError?.Problems.Where(p => p.BlocksPublishing).ToList() ?? [];
            var lastError = state.LastError is { } error
                ? new ReloadErrorReport(
                    error.At,
                    errors.Count,
                    [.. errors.Select(p => p.Path).Distinct(StringComparer.Ordinal).Take(20)],
                    options.Value.ShowProblems ? [.. errors.Take(20).Select(p => p.ToString())] : null)
                : null;
            return Results.Json(
                new ReadyReport("ready", state.Snapshot.Version, state.Snapshot.Articles.Count, search.IsCurrent, state.PublishedAt, lastError),
                SiteJson.Default.ReadyReport);
        });
        return endpoints;
    }
}
