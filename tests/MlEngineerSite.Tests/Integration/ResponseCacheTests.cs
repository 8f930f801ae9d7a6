using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>
/// The serving path: bodies compressed once and kept per content version, one strong ETag per
/// encoding, Vary, 304 from either validator, and HEAD answered from the same entry as GET.
/// </summary>
public sealed class ResponseCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> SendAsync(string url, HttpMethod? method = null, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await _client.SendAsync(request, Cancel);
    }

    private static byte[] Decode(byte[] body, string? coding) => coding switch
    {
        null => body,
        "br" => Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)),
        "gzip" => Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)),
        _ => throw new InvalidOperationException($"unexpected coding {coding}"),
    };

    private static byte[] Inflate(Stream stream)
    {
        using var output = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData("/articles/alpha")]
    [InlineData("/")]
    [InlineData("/articles/alpha/getting-started")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/data/figures.json")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    public async Task BrotliAndGzip_DecodeToTheSameBytes_WithTheirOwnETags(string url)
    {
        using var plain = await SendAsync(url);
        var identity = await plain.Content.ReadAsByteArrayAsync(Cancel);
        var tags = new HashSet<string> { plain.Headers.ETag!.Tag };
        foreach (var coding in new[] { "br", "gzip" })
        {
            using var response = await SendAsync(url, headers: h => h.AcceptEncoding.ParseAdd(coding));
            var body = await response.Content.ReadAsByteArrayAsync(Cancel);

            Assert.Equal([coding], response.Content.Headers.ContentEncoding);
            Assert.True(body.Length < identity.Length, $"{coding} body of {body.Length} bytes is not smaller than {identity.Length}");
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
            Assert.Equal(identity, Decode(body, coding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.False(response.Headers.ETag!.IsWeak);
            Assert.True(tags.Add(response.Headers.ETag.Tag), $"{coding} reuses the ETag of another encoding");
        }

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
    }

    [Fact]
    public async Task ETag_IsTheHashOfTheBody()
    {
        using var response = await SendAsync("/css/site.css");
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);
        var hash = Convert.ToBase64String(SHA256.HashData(body)[..18]).Replace('+', '-').Replace('/', '_');

        Assert.Equal($"\"{hash}\"", response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("gzip, br", "br")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, br;q=0", "gzip")]
    [InlineData("identity", null)]
    [InlineData("deflate", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("not a ;;; header", null)]
    public async Task AcceptEncoding_ChoosesTheBestAcceptedForm(string acceptEncoding, string? expected)
    {
        using var response = await SendAsync("/articles/beta", headers: h => h.TryAddWithoutValidation("Accept-Encoding", acceptEncoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/articles/gamma")]
    [InlineData("/js/site.js")]
    public async Task Head_AnswersWithTheHeadersOfGet_AndNoBody(string url)
    {
        // HEAD first, so the entry it leaves behind must serve GET in full.
        using var head = await SendAsync(url, HttpMethod.Head, h => h.AcceptEncoding.ParseAdd("br"));
        using var get = await SendAsync(url, headers: h => h.AcceptEncoding.ParseAdd("br"));
        var body = await get.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        Assert.NotEmpty(body);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentEncoding, head.Content.Headers.ContentEncoding);
        Assert.Equal(get.Content.Headers.LastModified, head.Content.Headers.LastModified);
    }

    [Fact]
    public async Task IfNoneMatch_AnswersNotModified_ForTheEncodingAskedFor()
    {
        using var first = await SendAsync("/articles/alpha", headers: h => h.AcceptEncoding.ParseAdd("br"));
        var tag = first.Headers.ETag!;
        using var same = await SendAsync("/articles/alpha", headers: h => { h.AcceptEncoding.ParseAdd("br"); h.IfNoneMatch.Add(tag); });
        using var weak = await SendAsync("/articles/alpha", headers: h => { h.AcceptEncoding.ParseAdd("br"); h.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag, isWeak: true)); });
        using var otherEncoding = await SendAsync("/articles/alpha", headers: h => { h.AcceptEncoding.ParseAdd("gzip"); h.IfNoneMatch.Add(tag); });

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(tag, same.Headers.ETag);
        Assert.Contains("Accept-Encoding", same.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherEncoding.StatusCode);
        Assert.Equal(["gzip"], otherEncoding.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task IfModifiedSince_AnswersNotModified_UnlessTheContentIsNewer_AndIfNoneMatchWins()
    {
        using var first = await SendAsync("/articles/beta");
        var modified = first.Content.Headers.LastModified!.Value;
        using var same = await SendAsync("/articles/beta", headers: h => h.IfModifiedSince = modified);
        using var older = await SendAsync("/articles/beta", headers: h => h.IfModifiedSince = modified.AddSeconds(-1));
        using var wrongTag = await SendAsync("/articles/beta", headers: h => { h.IfModifiedSince = modified; h.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")); });

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongTag.StatusCode);
    }

    [Fact]
    public async Task PageLastModified_IsNoOlderThanTheNewestContentFile()
    {
        var newest = Directory.EnumerateFiles(TestPaths.BasicContent, "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc);
        using var response = await SendAsync("/articles/alpha");

        Assert.True(response.Content.Headers.LastModified >= new DateTimeOffset(newest.AddTicks(-(newest.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero));
    }

    [Fact]
    public async Task RepeatedRequests_GetTheSameBytes_AndErrorsPassThrough()
    {
        var first = await _client.GetByteArrayAsync("/articles/alpha", Cancel);
        var second = await _client.GetByteArrayAsync("/articles/alpha", Cancel);
        using var missing = await SendAsync("/articles/no-such-article", headers: h => h.AcceptEncoding.ParseAdd("br"));
        var missingAgain = await SendAsync("/articles/no-such-article");

        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(missing.Content.Headers.ContentEncoding);
        Assert.Contains("not found", await missingAgain.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthAnswers_AreNeverKept()
    {
        using var response = await SendAsync("/healthz/ready", headers: h => h.AcceptEncoding.ParseAdd("br"));

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_AreServedWithoutIndentation_ButCodeKeepsItsSpaces()
    {
        using var content = new TempContent();
        content.Write("articles/delta.md", """
            ---
            title: Delta article
            description: An article with a code block.
            order: 4
            updated: 2025-02-01
            ---
            ## Training loop

            ```python
            def train(model):
                for batch in data:
                        model.step(batch)
            ```
            """);
        await using var factory = new ContentSiteFactory(content.Folder);
        var client = factory.CreateClient();

        using var page = await client.GetAsync("/articles/delta", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        var code = System.Text.RegularExpressions.Regex.Match(html, "<pre.*?</pre>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("\n    for batch in data:\n            model.step(batch)", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", html.Replace(code, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<h2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEdit_StartsANewGeneration_SoNoStalePageIsServed()
    {
        using var content = new TempContent();
        await using var factory = new ContentSiteFactory(content.Folder);
        var app = factory.WithWebHostBuilder(b => b.UseSetting("Content:ReloadDebounceMilliseconds", "50"));
        var client = app.CreateClient();
        var store = app.Services.GetRequiredService<ContentStore>();
        using var before = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        before.Headers.AcceptEncoding.ParseAdd("br");
        using var cached = await client.SendAsync(before, Cancel);
        var oldTag = cached.Headers.ETag!;

        var alpha = Path.Combine(content.Folder, "articles/alpha.md");
        content.Write("articles/alpha.md", File.ReadAllText(alpha).Replace("title: Alpha article", "title: Alpha, edited", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, edited");
        using var after = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        after.Headers.AcceptEncoding.ParseAdd("br");
        after.Headers.IfNoneMatch.Add(oldTag);
        using var fresh = await client.SendAsync(after, Cancel);
        var html = System.Text.Encoding.UTF8.GetString(Decode(await fresh.Content.ReadAsByteArrayAsync(Cancel), "br"));

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(oldTag, fresh.Headers.ETag);
        Assert.Contains("Alpha, edited", html, StringComparison.Ordinal);
    }
}
