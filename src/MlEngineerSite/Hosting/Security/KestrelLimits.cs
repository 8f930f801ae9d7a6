using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MlEngineerSite.Hosting.Security;

/// <summary>
/// Tight limits for a read-only site, so oversized or slow requests cannot tie the server up:
/// small request lines, headers and bodies, short header and keep-alive timeouts, and Kestrel's
/// minimum data rates. No Server header.
/// </summary>
public static class KestrelLimits
{
    public static void Apply(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        var limits = options.Limits;
        limits.MaxRequestLineSize = 8 * 1024;
        limits.MaxRequestHeadersTotalSize = 16 * 1024;
        limits.MaxRequestHeaderCount = 50;
        limits.MaxRequestBodySize = 16 * 1024;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.Http2.MaxRequestHeaderFieldSize = 8 * 1024;
    }
}
