using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MlEngineerSite.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are
/// believed. Environment: <c>Proxy__TrustedProxies</c>, addresses or networks separated by commas
/// (<c>10.0.0.5, 172.18.0.0/16</c>). Empty: the headers are ignored.
/// </summary>
public sealed class ProxyOptions : System.ComponentModel.DataAnnotations.IValidatableObject
{
    public const string SectionName = "Proxy";

    public string? TrustedProxies { get; set; }

    public IReadOnlyList<string> Entries =>
        (TrustedProxies ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every entry is an address or a network: a malformed one stops start-up, not the first request.</summary>
    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext) =>
        Entries.Where(e => !(e.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(e, out _) : IPAddress.TryParse(e, out _)))
            .Select(e => new System.ComponentModel.DataAnnotations.ValidationResult($"Proxy__TrustedProxies: '{e}' is not an IP address or a network such as 10.0.0.0/8", [nameof(TrustedProxies)]));

    /// <summary>Copies the trusted proxies (validated) into ASP.NET Core's options.</summary>
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
        }
    }
}
