namespace MlEngineerSite.Hosting.Security;

/// <summary>Everything on this site is read-only: GET and HEAD are answered, any other method gets 405 with <c>Allow</c>.</summary>
public sealed class MethodFilterMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        if (IsRead(context.Request))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("405 Method Not Allowed: this site only answers GET and HEAD.\n");
    }

    /// <summary>The one rule for which requests the site answers: GET and HEAD, which only read.</summary>
    public static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
