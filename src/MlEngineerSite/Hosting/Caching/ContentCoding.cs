using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>Which stored form of a response the client's <c>Accept-Encoding</c> asks for.</summary>
public static class ContentCoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>
    /// The accepted coding with the highest weight among those on offer, Brotli first on a tie; null
    /// for the uncompressed body. A coding with q=0 is refused, and <c>*</c> stands for any coding
    /// the header does not name.
    /// </summary>
    public static string? Choose(StringValues acceptEncoding, bool brotli, bool gzip)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !(brotli || gzip)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return null;
        }

        var brotliWeight = brotli ? Weight(accepted, Brotli) : 0;
        var gzipWeight = gzip ? Weight(accepted, Gzip) : 0;
        return brotliWeight <= 0 && gzipWeight <= 0 ? null : brotliWeight >= gzipWeight ? Brotli : Gzip;
    }

    private static double Weight(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        double? any = null;
        foreach (var value in accepted)
        {
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return value.Quality ?? 1;
            }

            if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                any = value.Quality ?? 1;
            }
        }

        return any ?? 0;
    }
}
