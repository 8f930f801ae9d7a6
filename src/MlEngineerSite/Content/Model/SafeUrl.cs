namespace MlEngineerSite.Content.Model;

/// <summary>Decides which link and image URLs may reach a reader: http, https, mailto and relative URLs.</summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string url) =>
        Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>
    /// An absolute http or https address with a host, the rule for every URL in a data file or front
    /// matter (sources, figures, the comparison): those always point at another site.
    /// </summary>
    public static bool IsWebAddress(string url) =>
        !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A link to this site: no scheme and no host ("/articles/x", "#id", "other"). Browsers read a
    /// backslash as a slash, so "/\\host" and "\\\\host" name another host as "//host" does.
    /// </summary>
    public static bool IsSameSite(string url) =>
        Scheme(url) is null && !(url.Length >= 2 && url[0] is ('/' or '\\') && url[1] is ('/' or '\\'));

    /// <summary>The URL's scheme in lower case, or null when it has none.</summary>
    private static string? Scheme(string url)
    {
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do the same before judging it.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var beforeColon = compact[..colon];
        // A colon after '/', '?' or '#' belongs to the path, query or fragment of a relative URL.
        return beforeColon.IndexOfAny(['/', '?', '#', '\\']) >= 0 ? null : beforeColon.ToLowerInvariant();
    }
}
