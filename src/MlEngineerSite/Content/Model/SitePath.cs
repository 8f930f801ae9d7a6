using System.Globalization;
using System.Text;

namespace MlEngineerSite.Content.Model;

/// <summary>
/// Paths and slugs as the site spells them. A site path is lower case, with one leading slash and no
/// trailing one or <c>.html</c>/<c>index.html</c> (so Hugo's <c>/old/path/</c> and Jekyll's
/// <c>/old/path.html</c> name the same page); a slug is lower-case ASCII letters, digits and single hyphens.
/// </summary>
public static partial class SitePath
{
    public static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex SlugPattern();

    public static string Normalize(string path)
    {
        var trimmed = path.Trim();
        var query = trimmed.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            trimmed = trimmed[..query];
        }

        var segments = trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && segments[^1].Equals("index.html", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
        }
        else if (segments.Count > 0 && segments[^1].EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = segments[^1][..^5];
        }

        return ("/" + string.Join('/', segments)).ToLowerInvariant();
    }

    /// <summary>
    /// A slug made from any text: accents dropped (é to e), every other run of characters that is not
    /// a letter or digit made one hyphen. Empty when nothing is left (a name in another script).
    /// </summary>
    public static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
