using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Preview;

/// <summary>
/// Preview mode's event stream (<c>Site__Preview=true</c> only; without it the path is a 404):
/// server-sent events that tell each open page the content version being served
/// (<c>version</c>), and, while an edit is refused, its problems as <c>path:line:column: message</c>
/// lines (<c>refused</c>). wwwroot/js/preview.js reloads the page on a new version and shows a
/// refused edit in a banner. Each connection starts with the current state, so a page that
/// reconnects (EventSource does so by itself) catches up on what it missed.
/// </summary>
public static class PreviewEvents
{
    public const string Path = "/preview/events";

    /// <summary>
    /// Answers the stream ahead of the response cache, which buffers whole responses; nothing after
    /// it sees the request. Does nothing unless the site is in preview mode.
    /// </summary>
    public static WebApplication UsePreviewEvents(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.Preview)
        {
            app.MapWhen(context => context.Request.Path.Equals(Path, StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method), branch => branch.Run(StreamAsync));
        }

        return app;
    }

    private static Task StreamAsync(HttpContext context)
    {
        var store = context.RequestServices.GetRequiredService<ContentStore>();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(EventsAsync(store, ended.Token)).ExecuteAsync(context);
    }

    /// <summary>The current state, then each change; when changes come faster than they are sent, only the newest is.</summary>
    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(ContentStore store, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var states = Channel.CreateBounded<ContentState>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChange(ContentState state) => states.Writer.TryWrite(state);
        store.StateChanged += OnChange;
        try
        {
            states.Writer.TryWrite(store.State);
            while (await WaitAsync(states.Reader, cancellation))
            {
                while (states.Reader.TryRead(out var state))
                {
                    yield return new SseItem<string>(state.Snapshot.Version, "version");
                    if (state.LastError is { } error)
                    {
                        yield return new SseItem<string>(Describe(error), "refused");
                    }
                }
            }
        }
        finally
        {
            store.StateChanged -= OnChange;
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<ContentState> reader, CancellationToken cancellation)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            return false; // The page was closed, or the server is stopping.
        }
    }

    /// <summary>One line per problem that stopped the edit (a data field may hold several lines).</summary>
    private static string Describe(ContentReloadError error) =>
        string.Join('\n', error.Problems.Where(p => p.BlocksPublishing).Select(p => p.ToString()).DefaultIfEmpty("the edit was refused"));
}
