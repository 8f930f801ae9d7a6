using System.Net.Sockets;
using System.Text;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// Requests nobody here wrote, sent byte for byte to the real server over TCP (an HttpClient would
/// tidy the paths up first): nothing answers 5xx, nothing reads outside the web root.
/// </summary>
public sealed class HostileRequestTests(HostileRequestTests.Server server) : IClassFixture<HostileRequestTests.Server>
{
    private readonly Uri _address = server.Address;

    /// <summary>One real server for every request of the class: none of them changes it.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private AppProcess? _app;

        public Uri Address { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent });
            Address = await _app.WaitUntilListeningAsync();
        }

        public ValueTask DisposeAsync()
        {
            _app?.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    // Text that would show a file from outside the web root had it been served.
    private static readonly string[] Secrets = ["title: Alpha article", "\"runtimeTarget\"", "[core]", "root:x:0:0", "<Project Sdk", "Microsoft.AspNetCore.App"];

    public static TheoryData<string> HostilePaths => new(
        "/../../../../etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/..%5c..%5c..%5cetc%5cpasswd",
        "/css/..%2f..%2fsrc%2fMlEngineerSite%2fMlEngineerSite.csproj",
        "/css/%2e%2e/%2e%2e/MlEngineerSite.deps.json",
        "/MlEngineerSite.deps.json",
        "/MlEngineerSite.runtimeconfig.json",
        "/.git/config",
        "/.git/HEAD",
        "/content/articles/alpha.md",
        "/articles/alpha.md",
        "/articles/..%2f..%2fcontent%2farticles%2falpha.md",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/articles/%00",
        "/articles/alpha%00.md",
        "/articles/%",
        "/articles/%zz",
        "/articles/%E0%A4%A",
        "/articles/alpha/%ff%fe",
        "/articles/" + new string('a', 4000),
        "/?q=%",
        "/?q=%zz&q=%00&&&=&",
        "/articles/alpha?" + new string('x', 6000),
        "/sitemap.xml/..",
        "//etc/passwd",
        "/\\..\\..\\etc\\passwd",
        "/articles/alpha/..;/..;/",
        "/%20/%09/",
        "/articles/%20",
        "/articles/%09",
        "/articles/%20/%20",
        "/articles/alpha/%09",
        "/tags/%20",
        "/tags/%20/feed.xml",
        "/articles/" + new string('a', 201) + "/" + new string('b', 201),
        "/error",
        "/error/500",
        "/error/999999999999",
        "/error/-1",
        "/healthz/ready/../../content",
        "/articles/ALPHA/%2E%2E",
        "*");

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task HostilePath_NeverAnswers5xx_NorLeaksAFile(string path)
    {
        var (status, response) = await SendAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.InRange(status, 200, 499);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, response, StringComparison.Ordinal));
    }

    public static TheoryData<string> OffSiteRedirects => new(
        "//evil.example/",
        "///evil.example/",
        "/.//evil.example/",
        "//EVIL.EXAMPLE/ARTICLES",
        "/\\evil.example/",
        "//evil.example/%2F..",
        "/%2F/evil.example/",
        "//evil.example?x=//evil.example/",
        "/articles//alpha/");

    [Theory]
    [MemberData(nameof(OffSiteRedirects))]
    public async Task PathWithLeadingOrEmptySegments_NeverRedirectsOffSite(string path)
    {
        var (status, response) = await SendAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.InRange(status, 200, 499);
        var location = response.Split("\r\n").FirstOrDefault(l => l.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))?[9..].Trim();
        if (location is not null)
        {
            Assert.StartsWith("/", location, StringComparison.Ordinal);
            Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
            Assert.True(Uri.TryCreate(new Uri("http://localhost/"), location, out var target) && target.Host == "localhost", location);
        }
    }

    [Fact]
    public async Task EmptySegmentsBeforeAStaticFile_AnswerARedirectToItsOneAddress_NotAPageOfTheirOwn()
    {
        var (status, response) = await SendAsync("GET /////css//////site.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(301, status);
        Assert.Contains("\r\nLocation: /css/site.css\r\n", response, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> MalformedRequests => new()
    {
        { "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + new string('h', 20_000) + "\r\nConnection: close\r\n\r\n", 431 },
        { "GET /" + new string('a', 9000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 414 },
        { "GET / HTTP/1.1\r\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"X-H{i}: v\r\n")) + "Host: localhost\r\nConnection: close\r\n\r\n", 431 },
        { "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nConnection: close\r\n\r\n", 400 },
        { "BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 405 },
        { "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 404 },
        { "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\nConnection: close\r\n\r\n", 400 },
        { "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n", 405 },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task MalformedOrOversizedRequest_GetsA4xx(string request, int expected)
    {
        var (status, _) = await SendAsync(request);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task SlowClient_ThatNeverFinishesItsHeaders_IsCutOff()
    {
        // Half a request, then silence: Kestrel's header timeout (10 s) answers 408 and closes, so such clients cannot pile up.
        var (status, _) = await SendAsync("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");

        Assert.Equal(408, status);
    }

    private async Task<(int Status, string Response)> SendAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_address.Host, _address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var response = await reader.ReadToEndAsync(timeout.Token);
        var statusLine = response.Split("\r\n", 2)[0];
        Assert.StartsWith("HTTP/1.1 ", statusLine, StringComparison.Ordinal);
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
