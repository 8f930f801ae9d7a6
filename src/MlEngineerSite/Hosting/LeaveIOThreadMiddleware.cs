namespace MlEngineerSite.Hosting;

/// <summary>
/// Placed right after the response cache: whatever the cache could not answer (a first render, a
/// search, a static file, an error page) continues on the thread pool. With <see cref="InlineIO"/>
/// the request may have arrived on a socket event thread, and work that takes milliseconds there
/// would hold up every other connection on that thread.
/// </summary>
public sealed class LeaveIOThreadMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await Task.Yield(); // With no synchronisation context, the rest runs as a thread-pool work item.
        await next(context);
    }
}
