namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>healthcheck [URL]</c>: asks a running server's readiness endpoint and exits 0 when it answers
/// 200, 1 otherwise. The container's HEALTHCHECK runs it, since chiseled images have no shell or curl.
/// Without a URL it asks this machine where the server listens: the first of ASPNETCORE_URLS (a
/// wildcard host such as <c>+</c>, <c>*</c> or <c>[::]</c> meaning this machine), else ASPNETCORE_HTTP_PORTS, else 8080.
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

    public static string DefaultUrl()
    {
        var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[0];
            var local = System.Text.RegularExpressions.Regex.Replace(first, @"^(https?://)(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)", "${1}127.0.0.1");
            return local.TrimEnd('/') + HealthEndpoints.ReadyPath;
        }

        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = string.IsNullOrWhiteSpace(ports) ? "8080" : ports.Split([',', ';'], StringSplitOptions.TrimEntries)[0];
        return $"http://127.0.0.1:{port}{HealthEndpoints.ReadyPath}";
    }
}
