using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace MlEngineerSite.Hosting;

/// <summary>
/// Cached pages are answered on the socket's own event thread, the way nginx answers from its event
/// loop, when <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c> (the image sets it). .NET then runs
/// one event thread per core and completes socket reads there; Kestrel is told to run the request
/// there too instead of handing it to the thread pool. That saves two thread switches per request
/// (bench/README.md). Only work that never blocks may run on an event thread:
/// <see cref="LeaveIOThreadMiddleware"/> moves everything past the response cache to the thread pool.
/// </summary>
public static class InlineIO
{
    /// <summary>.NET reads it once, when the first socket is made, so it is a process setting.</summary>
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>
    /// Kestrel follows the sockets: inline scheduling without inline socket completions only moves
    /// the thread switch, and measured a p99 six times worse.
    /// </summary>
    public static void Apply(SocketTransportOptions options) => options.UnsafePreferInlineScheduling = Enabled;
}
