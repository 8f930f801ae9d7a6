using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using MlEngineerSite.Hosting.Caching;

namespace MlEngineerSite.Tests.Unit;

public sealed class CachedResponseTests
{
    private static readonly DateTimeOffset Modified = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpRequest Accepting(string? acceptEncoding)
    {
        var context = new DefaultHttpContext();
        if (acceptEncoding is not null)
        {
            context.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        return context.Request;
    }

    [Fact]
    public async Task EachAcceptedCoding_GetsItsOwnForm_ThatDecodesToTheBody()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Machine-learning engineers ship models.</p>\n", 200)));
        var entry = CachedResponse.Create(body, "text/html; charset=utf-8", ResponseCacheMiddleware.PageCacheControl, Modified, compress: true);

        var brotli = await entry.ForAsync(Accepting("gzip, br"));
        var gzip = await entry.ForAsync(Accepting("gzip"));
        var identity = await entry.ForAsync(Accepting(null));

        Assert.True(entry.Compresses);
        Assert.Equal(("br", "gzip", (string?)null), (brotli.ContentEncoding, gzip.ContentEncoding, identity.ContentEncoding));
        Assert.Equal(body, Decode(new BrotliStream(new MemoryStream(brotli.Body), CompressionMode.Decompress)));
        Assert.Equal(body, Decode(new GZipStream(new MemoryStream(gzip.Body), CompressionMode.Decompress)));
        Assert.Equal(body, identity.Body);
        Assert.Equal(3, new[] { brotli.ETag, gzip.ETag, identity.ETag }.Distinct().Count());
        Assert.Same(brotli, await entry.ForAsync(Accepting("br"))); // Made once and kept.
    }

    [Fact]
    public async Task ManyFirstRequestsAtOnce_ShareOneCompression()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<li>figure {i}</li>")));
        var entry = CachedResponse.Create(body, "text/html", ResponseCacheMiddleware.PageCacheControl, Modified, compress: true);

        var forms = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => entry.ForAsync(Accepting("br")).AsTask())));

        Assert.Single(forms.Distinct()); // Representation compares by reference: one compression, one form.
        Assert.Equal("br", forms[0].ContentEncoding);
    }

    [Fact]
    public async Task AFormNoSmallerThanTheBody_IsNotSent_AndTheNextAcceptedOneIs()
    {
        var body = "ok"u8.ToArray(); // Too short to shrink: Brotli and gzip both add bytes.
        var entry = CachedResponse.Create(body, "text/plain", ResponseCacheMiddleware.PageCacheControl, Modified, compress: true);

        Assert.Same(entry.Identity, await entry.ForAsync(Accepting("br, gzip")));
        Assert.Same(entry.Identity, await entry.ForAsync(Accepting("gzip;q=1, br;q=0.5")));
        Assert.Null(await entry.Brotli);
        Assert.Null(await entry.Gzip);
    }

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("text/html", false)]
    public async Task ImagesAndUnsharedResponses_OfferNoCompressedForm(string contentType, bool compress)
    {
        var entry = CachedResponse.Create(new byte[4096], contentType, ResponseCacheMiddleware.PageCacheControl, Modified, compress);

        Assert.False(entry.Compresses);
        Assert.Same(entry.Identity, await entry.ForAsync(Accepting("br, gzip")));
    }

    private static byte[] Decode(Stream compressed)
    {
        using var output = new MemoryStream();
        compressed.CopyTo(output);
        compressed.Dispose();
        return output.ToArray();
    }
}
