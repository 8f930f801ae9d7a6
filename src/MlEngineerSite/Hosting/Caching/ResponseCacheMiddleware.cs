using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>
/// Serves GET and HEAD from the <see cref="ResponseCache"/>. On a miss the rest of the pipeline
/// renders the page (or static file) once, as GET; a 200 is stored, with Brotli and gzip forms made
/// when first asked for, a strong ETag per form and a Last-Modified from the content. Every answer, first or cached, is
/// then written the same way: the form the client accepts, <c>Vary: Accept-Encoding</c>, and 304
/// with no body when the client already has it. Other statuses pass through untouched.
/// </summary>
public sealed class ResponseCacheMiddleware(RequestDelegate next, ResponseCache cache, ContentStore content, ComparisonOptions comparison)
{
    /// <summary>Pages change when the content does: caches may keep one briefly, then revalidate it with its ETag.</summary>
    public const string PageCacheControl = "public, max-age=60, must-revalidate";

    /// <summary>Versioned asset URLs (<c>?v=HASH</c>) never change: browsers may keep them for a year.</summary>
    public const string AssetCacheControl = "public, max-age=31536000, immutable";

    // The app's own files shape every page, so a new build must move Last-Modified forward too.
    private static readonly DateTimeOffset SiteBuilt = typeof(ResponseCacheMiddleware).Assembly.Location is { Length: > 0 } location
        ? File.GetLastWriteTimeUtc(location) : DateTimeOffset.UnixEpoch;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!Security.MethodFilterMiddleware.IsRead(request)
            || request.Headers.Range.Count > 0
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var key = ResponseCache.KeyFor(request);
        var generation = cache.Current;
        if (key is null || !generation.TryGet(key, out var response))
        {
            var (rendered, keep) = await RenderAsync(context, cacheable: key is not null);
            if (rendered is null)
            {
                return;
            }

            response = rendered;
            if (keep)
            {
                generation.Add(key!, response);
            }
        }

        await WriteAsync(context, response);
    }

    /// <summary>
    /// Runs the rest of the pipeline into a buffer: the 200 it gives as an entry, and whether that
    /// entry may be kept and shared (then it also offers compressed forms); no entry once any other status is passed on.
    /// </summary>
    private async Task<(CachedResponse? Entry, bool Keep)> RenderAsync(HttpContext context, bool cacheable)
    {
        var (request, response) = (context.Request, context.Response);
        var (method, body, ifNoneMatch, ifModifiedSince) = (request.Method, response.Body, request.Headers.IfNoneMatch, request.Headers.IfModifiedSince);
        using var buffer = new MemoryStream();
        response.Body = buffer;
        request.Method = HttpMethods.Get; // A HEAD fills the cache for GET too; static files write no body for HEAD.
        request.Headers.IfNoneMatch = default; // Validators are checked here, against the cached form.
        request.Headers.IfModifiedSince = default;
        try
        {
            await next(context);
        }
        finally
        {
            (request.Method, response.Body, request.Headers.IfNoneMatch, request.Headers.IfModifiedSince) = (method, body, ifNoneMatch, ifModifiedSince);
        }

        if (response.StatusCode != StatusCodes.Status200OK)
        {
            // A status-code page re-executed further out writes its own body; only pass on what was written here.
            if (buffer.Length > 0 && !HttpMethods.IsHead(method))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, context.RequestAborted);
            }

            return (null, false);
        }

        var headers = response.Headers;
        var cacheControl = headers.CacheControl.ToString() is { Length: > 0 } given ? given : PageCacheControl;
        var lastModified = headers.LastModified.Count > 0 && HeaderUtilities.TryParseDate(headers.LastModified.ToString(), out var fileDate)
            ? fileDate
            : Max(content.Current.Modified, SiteBuilt);
        var cookies = headers.SetCookie;
        var keep = cacheable && IsShared(cacheControl) && cookies.Count == 0; // A cookie belongs to one reader.
        var entry = CachedResponse.Create(
            buffer.GetBuffer().AsSpan(0, (int)buffer.Length),
            response.ContentType ?? "application/octet-stream",
            cacheControl,
            lastModified,
            compress: keep,
            comparison.StripIndentation);
        headers.Clear(); // What the inner pipeline set is replaced by the entry's headers, so a first answer equals a cached one.
        headers.SetCookie = cookies;
        return (entry, keep);
    }

    private static async Task WriteAsync(HttpContext context, CachedResponse entry)
    {
        var (request, response) = (context.Request, context.Response);
        var form = await entry.ForAsync(request);
        var headers = response.Headers;
        headers.ETag = form.ETag;
        headers.CacheControl = entry.CacheControl;
        headers.LastModified = entry.LastModifiedText;
        if (entry.Compresses)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (IsNotModified(request, form, entry))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        response.ContentLength = form.Body.Length;
        if (form.ContentEncoding is not null)
        {
            headers.ContentEncoding = form.ContentEncoding;
        }

        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(form.Body, context.RequestAborted);
        }
    }

    /// <summary>RFC 9110 13.1: If-None-Match (weak comparison) decides when present; If-Modified-Since only without it.</summary>
    private static bool IsNotModified(HttpRequest request, Representation form, CachedResponse entry)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(form.Tag, useStrongComparison: false));
        }

        return request.Headers.IfModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && entry.LastModified <= since;
    }

    /// <summary>Whether a response may be kept and shared: not marked private or no-store by its endpoint (health, errors).</summary>
    private static bool IsShared(string cacheControl) =>
        !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
        && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
        && !cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
