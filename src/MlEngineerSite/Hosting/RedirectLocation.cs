using System.Text;

namespace MlEngineerSite.Hosting;

/// <summary>
/// The one way a <c>Location</c> is written: a path on this site, with empty segments collapsed so it
/// can never start with <c>//</c> (which a browser reads as another host), and every character
/// outside printable ASCII percent-encoded (a header may carry nothing else; a non-ASCII section ID
/// made the redirect answer 500).
/// </summary>
public static class RedirectLocation
{
    public static string For(string path, QueryString query = default) =>
        new PathString(CollapseSlashes(path)).ToUriComponent() + EncodeNonAscii(query.ToUriComponent());

    /// <summary>The path with runs of '/' made one, and a single leading '/'.</summary>
    public static string CollapseSlashes(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var collapsed = "/" + string.Join('/', segments);
        return path.EndsWith('/') && segments.Length > 0 ? collapsed + "/" : collapsed;
    }

    /// <summary>Whether a path has an empty segment ("//") anywhere.</summary>
    public static bool HasEmptySegment(string path) => path.Contains("//", StringComparison.Ordinal);

    private static string EncodeNonAscii(string text)
    {
        if (!text.Any(c => c is < '!' or > '~'))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            encoded.Append(b is < (byte)'!' or > (byte)'~' ? $"%{b:X2}" : ((char)b).ToString());
        }

        return encoded.ToString();
    }
}
