using System.Net;
using System.Text.Json;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The real executable on a real port: health checks, logs, proxies and replicas.</summary>
public sealed class ProcessTests
{
    private static AppProcess Start(params (string Name, string Value)[] settings) =>
        AppProcess.Start(settings.Append((Name: "Content__Path", Value: TestPaths.BasicContent)).ToDictionary(s => s.Name, s => s.Value));

    [Fact]
    public async Task HealthCheckCommand_ExitsZeroWhenReady_AndOneWhenNothingAnswers()
    {
        using var app = Start();
        var address = await app.WaitUntilListeningAsync();

        var ready = await AppProcess.RunAsync("healthcheck", new Uri(address, "/healthz/ready").ToString());
        var down = await AppProcess.RunAsync("healthcheck", "http://127.0.0.1:9/healthz/ready");

        Assert.Equal(0, ready.ExitCode);
        Assert.Equal(1, down.ExitCode);
        Assert.Contains("not ready", down.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryCommand_AndExitsZero()
    {
        var result = await AppProcess.RunAsync("help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "preview", "check [PATH]", "figures [PATH]", "anchors [PATH]", "export DIR", "healthcheck [URL]" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMisspeltCommand_IsRefusedByName_InsteadOfStartingTheServer()
    {
        var result = await AppProcess.RunAsync("chek", TestPaths.BasicContent);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'chek' is not a command", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheckCommand_WithoutAUrl_AsksThePortTheServerListensOn()
    {
        using var app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent }, "http://127.0.0.1:18931");
        await app.WaitUntilListeningAsync();

        var result = await AppProcess.RunAsync(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = "18931" }, "healthcheck");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("http://127.0.0.1:18931/healthz/ready: 200", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheckCommand_WithoutAUrl_AsksTheAddressInAspNetCoreUrls()
    {
        using var app = AppProcess.Start(new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent }, "http://127.0.0.1:18932");
        await app.WaitUntilListeningAsync();

        var result = await AppProcess.RunAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://+:18932" }, "healthcheck");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("http://127.0.0.1:18932/healthz/ready: 200", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotnetRun_ListensWhereAspNetCoreUrlsSays_AndPrintsNoLaunchProfile()
    {
        // The README's own command, as a newcomer types it: no launch profile may override the environment.
        using var app = AppProcess.Launch("dotnet", ["run", "--no-build", "-c", "Release", "--project", TestPaths.AppProject],
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:18933", ["Content__Path"] = TestPaths.BasicContent }, TestPaths.RepositoryRoot);

        var address = await app.WaitUntilListeningAsync();

        Assert.Equal(18933, address.Port);
        Assert.DoesNotContain("Using launch settings", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleFigures_AreOneLogLineForTheKind_NotOneEach()
    {
        using var app = Start(("Figures__StaleAfterYears", "1")); // The test figures are from 2024.
        await app.WaitUntilListeningAsync();
        var line = await app.WaitForOutputAsync(l => l.Contains("stale figure", StringComparison.Ordinal));

        Assert.Matches(@"\d+ × stale figure: data/figures\.yaml:\d+:\d+: warning: .* \(and \d+ more; 'check' lists them all\)", line);
        Assert.Single(app.Output.Split('\n'), l => l.Contains("newer data may exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SettingOutOfRange_StopsWithAMessageNamingIt_NotAStackTrace()
    {
        using var app = Start(("Figures__StaleAfterYears", "0"));

        var exitCode = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("A setting is not valid: DataAnnotation validation failed for 'FiguresOptions' members: 'StaleAfterYears'", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentRootThatDoesNotExist_StopsWithAMessage_NotAStackTrace()
    {
        using var app = AppProcess.Launch("dotnet", [Path.Combine(AppContext.BaseDirectory, "MlEngineerSite.dll"), "--contentRoot", "/no/such/folder"],
            new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent }, TestPaths.AppProject);

        var exitCode = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("A folder the site needs does not exist", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServingPages_WritesNoKeyFiles_AndLogsNoKeyWarnings()
    {
        var home = Directory.CreateTempSubdirectory("mlsite-home-");
        try
        {
            using var app = Start(("HOME", home.FullName), ("DOTNET_RUNNING_IN_CONTAINER", "true"));
            using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };
            foreach (var path in new[] { "/", "/articles/alpha", "/search?q=alpha", "/no-such-page" })
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            }

            app.Stop();
            Assert.Equal(0, await app.WaitForExitAsync());

            Assert.Empty(home.EnumerateFileSystemInfos("*", SearchOption.AllDirectories));
            Assert.DoesNotContain("WRN", app.Output, StringComparison.Ordinal);
            Assert.Contains("Now listening on", app.Output, StringComparison.Ordinal); // The log was on: silence is not an empty output.
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task JsonLogs_HaveOneLinePerRequest_WithMethodPathStatusAndDuration()
    {
        using var app = Start(("Log__Format", "Json"));
        using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };

        await client.GetAsync("/articles/alpha?from=test", TestContext.Current.CancellationToken);
        var line = await app.WaitForOutputAsync(l => l.Contains("\"RequestPath\":\"/articles/alpha\"", StringComparison.Ordinal));
        var entry = JsonDocument.Parse(line).RootElement;

        Assert.Equal("GET", entry.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, entry.GetProperty("StatusCode").GetInt32());
        Assert.True(entry.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.True(entry.TryGetProperty("@t", out _));
        Assert.All(app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonDocument.Parse(l));
    }

    [Fact]
    public async Task EveryRequestLine_IsWritten_WhenTheServerIsStopped()
    {
        using var app = Start(("Log__Format", "Json"));
        using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };

        for (var i = 0; i < 50; i++)
        {
            using var response = await client.GetAsync($"/articles/alpha?n={i}", TestContext.Current.CancellationToken);
        }

        app.Stop();

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Equal(50, app.Output.Split('\n').Count(l => l.Contains("\"RequestPath\":\"/articles/alpha\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("127.0.0.1", "203.0.113.7", "https")]
    [InlineData("", "127.0.0.1", "http")]
    [InlineData("10.9.9.9", "127.0.0.1", "http")]
    public async Task ForwardedHeaders_AreBelievedOnlyFromTrustedProxies(string trusted, string clientIp, string scheme)
    {
        using var app = Start(("Log__Format", "Json"), ("Proxy__TrustedProxies", trusted));
        using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/beta");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        await client.SendAsync(request, TestContext.Current.CancellationToken);
        var entry = JsonDocument.Parse(await app.WaitForOutputAsync(l => l.Contains("\"RequestPath\":\"/articles/beta\"", StringComparison.Ordinal))).RootElement;

        Assert.Equal(clientIp, entry.GetProperty("ClientIp").GetString());
        Assert.Equal(scheme, entry.GetProperty("Scheme").GetString());
    }

    [Fact]
    public async Task MalformedTrustedProxy_StopsStartup_WithAClearMessage()
    {
        using var app = Start(("Proxy__TrustedProxies", "not-an-address"));

        Assert.Equal(1, await app.WaitForExitAsync());
        Assert.Contains("Proxy__TrustedProxies: 'not-an-address' is not an IP address", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstances_OnTheSameContent_ServeIdenticalBytesAndETags()
    {
        using var first = Start();
        using var second = Start();
        using var a = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync() };
        using var b = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync() };

        foreach (var path in new[] { "/", "/articles/alpha", "/articles/alpha/getting-started", "/articles/gamma", "/sitemap.xml", "/feed.xml", "/data/figures.json" })
        {
            using var fromA = await a.GetAsync(path, TestContext.Current.CancellationToken);
            using var fromB = await b.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, fromA.StatusCode);
            Assert.Equal(await fromA.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), await fromB.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.NotNull(fromA.Headers.ETag);
            Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
        }
    }

    [Fact]
    public async Task ContentWarnings_AreLogged_AtStartUp()
    {
        using var app = Start(("Figures__StaleAfterYears", "1"));
        await app.WaitUntilListeningAsync();

        var line = await app.WaitForOutputAsync(l => l.Contains("Content warning:", StringComparison.Ordinal));

        Assert.Contains("data/figures.yaml:", line, StringComparison.Ordinal);
        Assert.Contains("newer data may exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFoundPage_HasItsBody_OnARealServer()
    {
        using var app = Start();
        using var client = new HttpClient { BaseAddress = await app.WaitUntilListeningAsync() };

        using var response = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task CompressedPages_AndHead_AreWhole_OnARealServer()
    {
        using var app = Start();
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = await app.WaitUntilListeningAsync() };
        using var decoding = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = client.BaseAddress };

        foreach (var method in new[] { HttpMethod.Head, HttpMethod.Get })
        {
            using var request = new HttpRequestMessage(method, "/articles/alpha");
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
            Assert.True(response.Content.Headers.ContentLength > 1000);
            Assert.Equal(method == HttpMethod.Head ? 0 : response.Content.Headers.ContentLength, body.Length);
        }

        var plain = await client.GetStringAsync("/articles/alpha", TestContext.Current.CancellationToken);
        Assert.Equal(plain, await decoding.GetStringAsync("/articles/alpha", TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// With inline I/O (as the image runs) one socket event thread answers every connection here, so a
    /// render, search or error page that stayed on it, or blocked it, would stall or fail the rest.
    /// </summary>
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    public async Task ConcurrentMixedRequests_AreAllAnsweredWhole_WithAndWithoutInlineIO(string inline)
    {
        using var app = Start(
            (InlineIO.Variable, inline),
            ("DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT", "1"),
            ("Search__RateLimitPerMinute", "10000"));
        var address = await app.WaitUntilListeningAsync();
        using var reference = new HttpClient { BaseAddress = address };
        var expected = await reference.GetStringAsync("/articles/alpha", TestContext.Current.CancellationToken);
        var requests = Enumerable.Range(0, 120).Select(async i =>
        {
            // A client of its own per request: a connection each, spread over the event thread.
            using var client = new HttpClient { BaseAddress = address };
            var (path, status) = (i % 4) switch
            {
                0 => ("/articles/alpha", HttpStatusCode.OK), // cached: answered on the event thread
                1 => ($"/search?q=alpha{i}", HttpStatusCode.OK), // a new search each time: never cached
                2 => ($"/no/such/page/{i}", HttpStatusCode.NotFound),
                _ => ($"/articles/gamma?v={i}", HttpStatusCode.OK), // a new cache key: rendered first
            };
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return (path, status, response.StatusCode, body);
        });

        var answers = await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.All(answers, a => Assert.True(a.status == a.StatusCode, $"{a.path}: {a.StatusCode}"));
        Assert.All(answers.Where(a => a.path == "/articles/alpha"), a => Assert.Equal(expected, a.body));
        Assert.All(answers.Where(a => a.path.StartsWith("/search", StringComparison.Ordinal)), a => Assert.Contains("result", a.body, StringComparison.Ordinal));
    }
}
