using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;

namespace MlEngineerSite.Tests.Deploy;

/// <summary>
/// docs/deploy/nginx.replicas.conf as shipped (only its upstream addresses and port templated), in
/// Debian's nginx, in front of three app processes on the same content.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Deploy)]
public sealed class ReplicasBehindNginxTests(ReplicasBehindNginxTests.Replicas site) : IClassFixture<ReplicasBehindNginxTests.Replicas>
{
    /// <summary>Three replicas that believe forwarded headers from loopback only (where nginx is), and nginx in front.</summary>
    public sealed class Replicas : IAsyncLifetime
    {
        public List<AppProcess> Apps { get; private set; } = [];
        public List<Uri> Addresses { get; private set; } = [];
        public NginxProcess Nginx { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            (Apps, Addresses, Nginx) = await StartAsync();
        }

        public ValueTask DisposeAsync()
        {
            Nginx?.Dispose();
            Apps.ForEach(a => a.Dispose());
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Search is allowed this many times a minute per client on each replica.</summary>
    private const int SearchesPerMinute = 3;

    public static async Task<(List<AppProcess>, List<Uri>, NginxProcess)> StartAsync()
    {
        var apps = Enumerable.Range(0, 3).Select(_ => AppProcess.Start(new Dictionary<string, string>
        {
            ["Content__Path"] = TestPaths.BasicContent,
            ["Site__BaseUrl"] = "https://careers.example",
            ["Proxy__TrustedProxies"] = "127.0.0.1",
            ["Search__RateLimitPerMinute"] = SearchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
        var addresses = new List<Uri>();
        foreach (var app in apps)
        {
            addresses.Add(await app.WaitUntilListeningAsync());
        }

        var upstreams = string.Join("\n", addresses.Select(a => $"    server 127.0.0.1:{a.Port};"));
        var nginx = await NginxProcess.StartAsync(port => NginxProcess.Templated("nginx.replicas.conf", ("    server site:8080;", upstreams), ("listen 80;", $"listen 127.0.0.1:{port};")));
        return (apps, addresses, nginx);
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.x address is loopback), so nginx sees distinct clients.</summary>
    private static HttpClient ClientFrom(string source, Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectCallback = async (context, cancellation) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = baseAddress };

    private static HttpClient Client(Uri baseAddress) => ClientFrom("127.0.0.1", baseAddress);

    private async Task<List<string>> PagesAsync()
    {
        using var client = Client(site.Nginx.Address);
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        Assert.True(pages.Count >= 4, $"the sitemap lists {pages.Count} pages");
        return [.. pages, "/articles/alpha/getting-started", "/cards/articles/alpha.png", "/feed.xml"];
    }

    private static async Task<(HttpStatusCode Status, byte[] Body, string? ETag, string? Encoding)> GetAsync(HttpClient client, string path, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            response.Headers.ETag?.ToString(), response.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    [Fact]
    public async Task EveryPage_HasTheSameBytesAndETag_ThroughNginxAndFromEachReplica_InEachEncoding()
    {
        using var proxy = Client(site.Nginx.Address);
        var replicas = site.Addresses.Select(Client).ToList();
        foreach (var path in await PagesAsync())
        {
            foreach (var encoding in new string?[] { null, "br", "gzip" })
            {
                var direct = new List<(HttpStatusCode Status, byte[] Body, string? ETag, string? Encoding)>();
                foreach (var replica in replicas)
                {
                    direct.Add(await GetAsync(replica, path, encoding));
                }

                for (var i = 0; i < replicas.Count; i++) // nginx sends them round the replicas.
                {
                    var proxied = await GetAsync(proxy, path, encoding);
                    Assert.Equal(HttpStatusCode.OK, proxied.Status);
                    Assert.All(direct, d => Assert.Equal(d.ETag, proxied.ETag));
                    Assert.All(direct, d => Assert.Equal(d.Body, proxied.Body));
                    Assert.NotNull(proxied.ETag);
                    if (encoding is not null && !path.EndsWith(".png", StringComparison.Ordinal))
                    {
                        Assert.Equal(encoding, proxied.Encoding);
                    }
                }
            }
        }

        replicas.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task ARevalidation_Is304_AndTheSecurityHeadersAnd404And301AreAsTheAppSendsThem()
    {
        using var proxy = Client(site.Nginx.Address);
        using var replica = Client(site.Addresses[0]);
        var first = await GetAsync(proxy, "/articles/alpha");

        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(proxy, "/articles/alpha", ifNoneMatch: first.ETag)).Status);

        foreach (var path in new[] { "/", "/articles/alpha", "/no/such/page", "/articles/first-article" })
        {
            using var viaNginx = await proxy.GetAsync(path, TestContext.Current.CancellationToken);
            using var direct = await replica.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(direct.StatusCode, viaNginx.StatusCode);
            Assert.Equal(direct.Headers.Location, viaNginx.Headers.Location);
            foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "X-Frame-Options" })
            {
                Assert.True(direct.Headers.TryGetValues(header, out var expected) || direct.Content.Headers.TryGetValues(header, out expected), $"{path} sent no {header} at all");
                Assert.True(viaNginx.Headers.TryGetValues(header, out var proxied), $"{path} lost {header} through nginx");
                Assert.Equal(expected, proxied);
            }

            Assert.Equal(await direct.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await viaNginx.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await proxy.GetAsync("/no/such/page", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await proxy.GetAsync("/articles/first-article", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheSearchLimit_CountsEachClient_NotTheProxy_AndAForgedForwardedForDoesNotEscapeIt()
    {
        using var greedy = ClientFrom("127.0.0.2", site.Nginx.Address);
        using var other = ClientFrom("127.0.0.3", site.Nginx.Address);
        greedy.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7"); // nginx appends the real address; the app believes that one.

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < (site.Addresses.Count * SearchesPerMinute) + 1 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await greedy.GetAsync($"/search?q=alpha{i}", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        using var fresh = await other.GetAsync("/search?q=alpha", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task AForwardedForFromAnyoneButTheProxy_IsNotBelieved()
    {
        using var direct = ClientFrom("127.0.0.4", site.Addresses[0]); // Straight to a replica, not through nginx.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SearchesPerMinute; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/search?q=beta{i}");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"198.51.100.{i + 1}"); // A new "client" each time, if it were believed.
            using var response = await direct.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, SearchesPerMinute), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AReplicaStoppedMidRun_LosesNoRequest()
    {
        var (apps, _, nginx) = await StartAsync();
        try
        {
            using var proxy = Client(nginx.Address);
            var failures = new List<string>();
            for (var i = 0; i < 60; i++)
            {
                if (i == 20)
                {
                    // Killed, not asked to stop: its keep-alive connections to nginx die with it.
                    using var replica = System.Diagnostics.Process.GetProcessById(apps[1].Id);
                    replica.Kill();
                    await replica.WaitForExitAsync(TestContext.Current.CancellationToken);
                }

                using var response = await proxy.GetAsync(i % 2 == 0 ? "/articles/alpha" : "/", TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"request {i}: {(int)response.StatusCode}");
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + nginx.ErrorLog());
        }
        finally
        {
            nginx.Dispose();
            apps.ForEach(a => a.Dispose());
        }
    }
}
