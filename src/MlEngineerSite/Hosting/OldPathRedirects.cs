using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Hosting;

/// <summary>
/// The paths a page had under another tool (a Hugo alias, a Jekyll permalink or <c>redirect_from</c>,
/// <c>/docs/other/</c> for articles/docs/other.md) answer 301 to the article, so links into a site
/// that moved here keep working. Only for requests nothing else answers: it is the fallback route.
/// </summary>
public static class OldPathRedirects
{
    public static IEndpointRouteBuilder MapOldPaths(this IEndpointRouteBuilder endpoints)
    {
        // Not MapFallback: its route refuses paths that look like files, and Jekyll's old paths end in .html.
        endpoints.MapGet("{*path}", (HttpContext context, ContentStore store) =>
        {
            var path = SitePath.Normalize(context.Request.Path.Value ?? "/");
            return store.Current.ByOldPath.TryGetValue(path, out var article) && path != article.Url
                ? Results.Redirect(RedirectLocation.For(article.Url, context.Request.QueryString), permanent: true)
                : Results.NotFound();
        }).WithOrder(int.MaxValue);
        return endpoints;
    }
}
