namespace MlEngineerSite.Hosting;

/// <summary>
/// One URL per resource: a path with empty segments (<c>//</c>) answers 301 to the path without
/// them, so endless spellings of one page or file neither fill the response cache nor become an
/// open redirect (<c>//evil.example/</c> is <c>/evil.example</c> here, then a 404); a page address
/// with upper-case letters or a trailing slash answers 301 to the lower-case form without it.
/// The query is kept. File addresses (with a dot) keep their case.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Length > 1 && Security.MethodFilterMiddleware.IsRead(context.Request)
            && NeedsRedirect(path) && Canonical(path) is var canonical && canonical != path)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = RedirectLocation.For(canonical, context.Request.QueryString);
            return Task.CompletedTask;
        }

        return next(context);
    }

    // Checked first so that the common, canonical request allocates nothing here.
    private static bool NeedsRedirect(string path)
    {
        foreach (var c in path)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return path.EndsWith('/') || RedirectLocation.HasEmptySegment(path);
    }

    private static string Canonical(string path)
    {
        var collapsed = RedirectLocation.CollapseSlashes(path);
        if (Path.HasExtension(collapsed))
        {
            return collapsed;
        }

        var trimmed = collapsed.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
    }
}
