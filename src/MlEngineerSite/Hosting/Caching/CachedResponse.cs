using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>
/// One response body, its Brotli and gzip forms when the type compresses, and the headers that go
/// with it. Built once from the first rendering and then written as bytes to every request.
/// </summary>
public sealed class CachedResponse
{
    // Text types compress well; images and fonts are already compressed.
    private static readonly string[] CompressibleTypes =
        ["text/", "application/json", "application/xml", "application/atom+xml", "application/javascript", "application/opensearchdescription+xml", "image/svg+xml"];

    private CachedResponse(string contentType, string cacheControl, DateTimeOffset lastModified, Representation identity, Representation? brotli, Representation? gzip)
    {
        ContentType = contentType;
        CacheControl = cacheControl;
        LastModified = lastModified;
        LastModifiedText = HeaderUtilities.FormatDate(lastModified);
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
    }

    public string ContentType { get; }

    public string CacheControl { get; }

    /// <summary>Whole seconds, as HTTP dates carry them, so If-Modified-Since compares exactly.</summary>
    public DateTimeOffset LastModified { get; }

    public string LastModifiedText { get; }

    public Representation Identity { get; }

    public Representation? Brotli { get; }

    public Representation? Gzip { get; }

    /// <summary>Bytes held, for the cache's size limit.</summary>
    public long Size => Identity.Body.Length + (Brotli?.Body.Length ?? 0) + (Gzip?.Body.Length ?? 0) + 512;

    /// <summary>
    /// Hashes the body for a strong ETag and, when asked and the type is text, compresses it with
    /// Brotli and gzip at their best settings (this happens once per body, never per request). A
    /// compressed form is kept only when it is smaller than the body.
    /// </summary>
    public static CachedResponse Create(ReadOnlySpan<byte> body, string contentType, string cacheControl, DateTimeOffset lastModified, bool compress)
    {
        var hash = Convert.ToBase64String(SHA256.HashData(body)[..18]).Replace('+', '-').Replace('/', '_');
        var identity = new Representation(body.ToArray(), $"\"{hash}\"", null);
        Representation? brotli = null, gzip = null;
        if (compress && CompressibleTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            brotli = Smaller(body, CompressBrotli(body), $"\"{hash}.br\"", ContentCoding.Brotli);
            gzip = Smaller(body, CompressGzip(body), $"\"{hash}.gz\"", ContentCoding.Gzip);
        }

        var seconds = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        return new CachedResponse(contentType, cacheControl, seconds, identity, brotli, gzip);
    }

    /// <summary>The form to send for this request's <c>Accept-Encoding</c>.</summary>
    public Representation For(HttpRequest request) =>
        ContentCoding.Choose(request.Headers.AcceptEncoding, Brotli is not null, Gzip is not null) switch
        {
            ContentCoding.Brotli => Brotli!,
            ContentCoding.Gzip => Gzip!,
            _ => Identity,
        };

    private static Representation? Smaller(ReadOnlySpan<byte> body, byte[] compressed, string etag, string coding) =>
        compressed.Length < body.Length ? new Representation(compressed, etag, coding) : null;

    private static byte[] CompressBrotli(ReadOnlySpan<byte> body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            return BrotliEncoder.TryCompress(body, buffer, out var written, quality: 11, window: 22)
                ? buffer.AsSpan(0, written).ToArray()
                : body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] CompressGzip(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}

/// <summary>One encoding of a cached body with its own strong ETag (each encoding is a different representation).</summary>
public sealed class Representation(byte[] body, string etag, string? contentEncoding)
{
    public byte[] Body { get; } = body;

    public string ETag { get; } = etag;

    public EntityTagHeaderValue Tag { get; } = EntityTagHeaderValue.Parse(etag);

    /// <summary><c>br</c>, <c>gzip</c>, or null for the body as rendered.</summary>
    public string? ContentEncoding { get; } = contentEncoding;
}
