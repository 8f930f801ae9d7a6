using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>
/// One response body, its Brotli and gzip forms when the type compresses, and the headers that go
/// with it. Built once from the first rendering and then written as bytes to every request. Each
/// compressed form is made the first time a client asks for it and kept: a reader who accepts
/// Brotli never waits for gzip, and nobody waits for compression on a form nobody wants.
/// </summary>
public sealed class CachedResponse
{
    // Text types compress well; images and fonts are already compressed.
    private static readonly string[] CompressibleTypes =
        ["text/", "application/json", "application/xml", "application/atom+xml", "application/javascript", "application/opensearchdescription+xml", "image/svg+xml"];

    private static readonly Task<Representation?> None = Task.FromResult<Representation?>(null);

    // The compression runs once on the thread pool; requests that want it meanwhile await it without holding a thread.
    private readonly Lazy<Task<Representation?>>? _brotli;
    private readonly Lazy<Task<Representation?>>? _gzip;

    private CachedResponse(string contentType, string cacheControl, DateTimeOffset lastModified, Representation identity, string hash, bool compress)
    {
        ContentType = contentType;
        CacheControl = cacheControl;
        LastModified = lastModified;
        LastModifiedText = HeaderUtilities.FormatDate(lastModified);
        Identity = identity;
        if (compress)
        {
            // Lazy<T> starts each compression once, however many requests ask for it at the same moment.
            _brotli = new(() => Task.Run(() => Smaller(identity.Body, CompressBrotli(identity.Body), $"\"{hash}.br\"", ContentCoding.Brotli)));
            _gzip = new(() => Task.Run(() => Smaller(identity.Body, CompressGzip(identity.Body), $"\"{hash}.gz\"", ContentCoding.Gzip)));
        }
    }

    public string ContentType { get; }

    public string CacheControl { get; }

    /// <summary>Whole seconds, as HTTP dates carry them, so If-Modified-Since compares exactly.</summary>
    public DateTimeOffset LastModified { get; }

    public string LastModifiedText { get; }

    public Representation Identity { get; }

    /// <summary>Whether compressed forms are offered, so that the answer varies with <c>Accept-Encoding</c>.</summary>
    public bool Compresses => _brotli is not null;

    /// <summary>The Brotli form (made on first use), or null when the type does not compress or it is no smaller.</summary>
    public Task<Representation?> Brotli => _brotli?.Value ?? None;

    /// <summary>The gzip form (made on first use), or null when the type does not compress or it is no smaller.</summary>
    public Task<Representation?> Gzip => _gzip?.Value ?? None;

    /// <summary>
    /// Bytes held, for the cache's size limit, counted when the entry is stored: the body, and for a
    /// compressing type half as much again for the forms made later (Brotli and gzip each come to
    /// about a quarter of a page).
    /// </summary>
    public long Size => (Compresses ? Identity.Body.Length * 3L / 2 : Identity.Body.Length) + 512;

    /// <summary>
    /// Keeps the body (an HTML page without its indentation, <see cref="HtmlIndentation"/>) and
    /// hashes it for a strong ETag. When asked and the type is text, Brotli and gzip forms are
    /// offered, made at their best settings when first asked for (once per body, never per
    /// request); a compressed form is kept only when it is smaller than the body.
    /// </summary>
    public static CachedResponse Create(ReadOnlySpan<byte> body, string contentType, string cacheControl, DateTimeOffset lastModified, bool compress, bool stripIndentation = true)
    {
        var bytes = stripIndentation && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ? HtmlIndentation.Remove(body) : body.ToArray();
        var hash = Convert.ToBase64String(SHA256.HashData(bytes)[..18]).Replace('+', '-').Replace('/', '_');
        var identity = new Representation(bytes, $"\"{hash}\"", null);
        var compresses = compress && CompressibleTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
        var seconds = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        return new CachedResponse(contentType, cacheControl, seconds, identity, hash, compresses);
    }

    /// <summary>The form to send for this request's <c>Accept-Encoding</c> (waiting for it to be made, the first time).</summary>
    public async ValueTask<Representation> ForAsync(HttpRequest request)
    {
        var (brotli, gzip) = (_brotli is not null, _gzip is not null);
        while (ContentCoding.Choose(request.Headers.AcceptEncoding, brotli, gzip) is { } coding)
        {
            if (await (coding == ContentCoding.Brotli ? Brotli : Gzip) is { } form)
            {
                return form;
            }

            // That form came out no smaller than the body: choose again without it.
            (brotli, gzip) = coding == ContentCoding.Brotli ? (false, gzip) : (brotli, false);
        }

        return Identity;
    }

    private static Representation? Smaller(byte[] body, byte[] compressed, string etag, string coding) =>
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
