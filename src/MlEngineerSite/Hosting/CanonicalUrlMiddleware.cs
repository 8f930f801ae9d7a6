namespace MlEngineerSite.Hosting;

/// <summary>
/// One URL per page: a page address with upper-case letters or a trailing slash answers 301 to
/// the lower-case form without it (query kept). File addresses (with a dot) are left alone.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Length > 1 && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && NeedsRedirect(path) && !Path.HasExtension(path) && Canonical(path) is var canonical && canonical != path)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + context.Request.QueryString;
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

        return path.EndsWith('/');
    }

    private static string Canonical(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
    }
}
