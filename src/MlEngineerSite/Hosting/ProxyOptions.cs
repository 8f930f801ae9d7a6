using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MlEngineerSite.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are
/// believed. Environment: <c>Proxy__TrustedProxies</c>, addresses or networks separated by commas
/// (<c>10.0.0.5, 172.18.0.0/16</c>). Empty: the headers are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    public string? TrustedProxies { get; set; }

    public IReadOnlyList<string> Entries =>
        (TrustedProxies ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Copies the trusted proxies into ASP.NET Core's options, or throws naming the entry that is not an address.</summary>
    public void Apply(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in Entries)
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
            else
            {
                throw new SiteConfigurationException($"Proxy__TrustedProxies: '{entry}' is not an IP address or a network such as 10.0.0.0/8");
            }
        }
    }
}
