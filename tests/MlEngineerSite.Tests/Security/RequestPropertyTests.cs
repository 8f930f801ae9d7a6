using System.Text;
using CsCheck;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// A property of every request, tested with thousands of generated ones (CsCheck) against the real
/// app: whatever the path, query and headers, the answer is never a 5xx, never shows a stack
/// trace, and never reflects the request's markup unencoded. CI runs a fixed seed and budget;
/// FUZZ_ITERATIONS and FUZZ_SEED (a CsCheck seed, printed with any failure) search longer.
/// A NUL in the path (%00) is left to <see cref="HostileRequestTests"/>, which sends it to Kestrel
/// byte for byte: the in-memory test server throws on it before the app sees it.
/// </summary>
public sealed class RequestPropertyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    // Markup a reflected value would show raw; the pages never contain it themselves.
    private const string Marker = "<mlx-7q>";

    private static readonly Gen<string> Segment = Gen.OneOf(
        Gen.OneOf("articles", "alpha", "beta", "getting-started", "old-start", "first-article", "tags", "search", "data", "css", "js", "error",
            "healthz", "ready", "sitemap.xml", "feed.xml", "figures.csv", "site.css", "..", ".", "%2e%2e", "%2f", "%5c", "%20", "%09", "%0A",
            "%ff", "%", "%zz", "%E0%A4%A", "über-café", "ǅ", "\u202e", "😀", "CON", "index.html", "a.md", "~", ";", "@", "{x}", Marker),
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABC0123456789-_.~"], 0, 12],
        Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c) && c != '\0'), 1, 8].Select(Uri.EscapeDataString),
        Gen.Int[1, 300].Select(n => new string('a', n)));

    private static readonly Gen<string> PathGen = Gen.OneOf(
        Segment.Array[0, 6].Select(s => "/" + string.Join('/', s)),
        Segment.Array[1, 4].Select(s => "//" + string.Join("//", s) + "/"));

    private static readonly Gen<string> QueryGen = Gen.OneOf(
        Gen.Const(""),
        Gen.Select(Gen.OneOf("q", "v", "utm_source", "page", "", "q[]", Marker), Segment, (k, v) => $"?{Uri.EscapeDataString(k)}={v}"),
        Gen.Select(Segment, Segment, (a, b) => $"?q={a}&q={b}&&=&{Uri.EscapeDataString(Marker)}"));

    private static readonly Gen<(string Name, string Value)> HeaderGen = Gen.OneOf(
        Gen.Select(Gen.OneOf("Accept-Encoding"), Gen.OneOf("br", "gzip", "br;q=0", "*;q=0", "identity;q=0, *;q=0", "x, y;q=abc", "br;q=1.5, gzip;q=-1", "")),
        Gen.Select(Gen.OneOf("If-None-Match"), Gen.OneOf("*", "\"x\"", "W/\"\"", "\"unterminated", ",,,", Marker)),
        Gen.Select(Gen.OneOf("If-Modified-Since"), Gen.OneOf("Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "yesterday", "")),
        Gen.Select(Gen.OneOf("Range"), Gen.OneOf("bytes=0-10", "bytes=-1", "bytes=999999999-", "lines=1-2", "bytes=5-1")),
        Gen.Select(Gen.OneOf("Accept-Language", "Accept", "Referer", "User-Agent", "X-Forwarded-For", "X-Forwarded-Proto", "Cookie"),
            Gen.OneOf(Gen.OneOf("de-DE,de;q=0.9", "*/*", "text/html;q=0", "1.2.3.4, 5.6.7.8", "https", "a=b; c", Marker),
                Gen.String[Gen.Char["abc ;,=\"'<>/"], 0, 40])));

    private static readonly Gen<(string Path, string Query, (string Name, string Value)[] Headers, bool Head)> RequestGen =
        Gen.Select(PathGen, QueryGen, HeaderGen.Array[0, 4], Gen.Bool);

    [Fact]
    public async Task AnyPathQueryAndHeaders_NeverA5xx_NeverAStackTrace_NeverReflectedUnencoded()
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 2000;
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } given ? given : "0000000000000001";
        var sent = 0;

        await RequestGen.SampleAsync(async request =>
        {
            using var message = new HttpRequestMessage(request.Head ? HttpMethod.Head : HttpMethod.Get, new Uri("http://localhost" + request.Path + request.Query, UriKind.Absolute));
            foreach (var (name, value) in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Interlocked.Increment(ref sent);

            Assert.True((int)response.StatusCode < 500, $"{response.StatusCode} for {Describe(request)}");
            Assert.False(body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal), $"a stack trace for {Describe(request)}");
            Assert.False(body.Contains(Marker, StringComparison.Ordinal), $"the request's markup reflected raw for {Describe(request)}");
            if (response.Headers.Location is { } location)
            {
                Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal) || location.IsAbsoluteUri, $"a redirect off the site ({location}) for {Describe(request)}");
            }
        }, seed: seed, iter: iterations, threads: 1, print: Describe);

        Assert.Equal(iterations, sent);
    }

    private static string Describe((string Path, string Query, (string Name, string Value)[] Headers, bool Head) request) =>
        $"{(request.Head ? "HEAD" : "GET")} {request.Path}{request.Query} [{string.Join("; ", request.Headers.Select(h => $"{h.Name}: {h.Value}"))}]";
}
