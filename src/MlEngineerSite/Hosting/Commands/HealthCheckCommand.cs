namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>healthcheck [URL]</c>: asks a running server's readiness endpoint and exits 0 when it answers
/// 200, 1 otherwise. The container's HEALTHCHECK runs it, since chiseled images have no shell or curl.
/// Without a URL it asks this machine on the port the server listens on (ASPNETCORE_HTTP_PORTS, default 8080).
/// </summary>
public static class HealthCheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static int Run(string? url, TextWriter output)
    {
        var target = url ?? DefaultUrl();
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = client.GetAsync(target).GetAwaiter().GetResult();
            output.WriteLine($"{target}: {(int)response.StatusCode} {response.ReasonPhrase}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            output.WriteLine($"{target}: not ready ({e.Message})");
            return 1;
        }
    }

    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = string.IsNullOrWhiteSpace(ports) ? "8080" : ports.Split([',', ';'], StringSplitOptions.TrimEntries)[0];
        return $"http://127.0.0.1:{port}{HealthEndpoints.ReadyPath}";
    }
}
