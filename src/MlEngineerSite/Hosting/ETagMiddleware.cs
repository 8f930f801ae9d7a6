using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MlEngineerSite.Hosting;

/// <summary>
/// A strong ETag from the hash of each successful GET or HEAD response that has none (pages, feeds,
/// downloads), and 304 with no body when the client already has it. Output is deterministic, so
/// every replica gives the same ETag for the same content and caches stay coherent. Responses that
/// set no Cache-Control get a short, revalidated one.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public const string PageCacheControl = "public, max-age=60, must-revalidate";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..18]).Replace('+', '-').Replace('/', '_')}\"");
            response.Headers.ETag = tag.ToString();
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = PageCacheControl;
            }

            if (EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var wanted)
                && wanted.Any(w => w.Equals(EntityTagHeaderValue.Any) || w.Compare(tag, useStrongComparison: true)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        // Other statuses keep their headers as they are: a status-code page re-executed later writes its own body.
        if (!HttpMethods.IsHead(request.Method))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }
    }
}
