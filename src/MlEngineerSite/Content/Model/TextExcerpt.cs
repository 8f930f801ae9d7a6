using System.Globalization;
using System.Text;

namespace MlEngineerSite.Content.Model;

/// <summary>
/// Short pieces of text for messages and fixed-length fields. A message that quotes a content file
/// quotes at most a short excerpt with its controls made visible, so no message can carry a whole
/// file (or a forged log line) anywhere; every cut falls between user-perceived characters, never
/// inside an emoji or an accented letter.
/// </summary>
public static partial class TextExcerpt
{
    public const int QuoteLength = 40;

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units of whole graphemes, with "…" when cut.</summary>
    public static string Quote(string? text, int maxLength = QuoteLength)
    {
        var visible = Visible(text ?? "");
        return visible.Length <= maxLength ? visible : Cut(visible, maxLength - 1) + "…";
    }

    /// <summary>
    /// Text for a summary or a snippet: white space made single, and when it is longer than
    /// <paramref name="maxLength"/>, cut at the last word that fits (mid-word only for one long word,
    /// and then between graphemes), trailing punctuation dropped, and "…" added.
    /// </summary>
    public static string Summary(string text, int maxLength)
    {
        var collapsed = Whitespace.Collapse(text);
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var space = collapsed.LastIndexOf(' ', maxLength - 1);
        var cut = space > 0 ? collapsed[..space] : Cut(collapsed, maxLength - 1);
        return cut.TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    /// <summary>
    /// A description that reads well when a link preview or a search result shows it: the whole
    /// sentences that fit in <paramref name="maxLength"/>; when even the first does not, cut at a
    /// word with "…" (<see cref="Summary"/>). Never ends with a colon.
    /// </summary>
    public static string Description(string text, int maxLength = DescriptionLength)
    {
        var collapsed = Whitespace.Collapse(text);
        var end = 0;
        foreach (System.Text.RegularExpressions.Match boundary in SentenceEnd().Matches(collapsed))
        {
            if (boundary.Index + boundary.Length > maxLength)
            {
                break;
            }

            end = boundary.Index + boundary.Length;
        }

        var result = collapsed.Length <= maxLength ? collapsed : end > 0 ? collapsed[..end] : Summary(collapsed, maxLength);
        return result.EndsWith(':') ? result.TrimEnd(':', ' ') + "…" : result;
    }

    /// <summary>
    /// A description of a list: its introduction ("The tasks below:") and its first three items,
    /// "; and more." when it has more than <paramref name="count"/> shows.
    /// </summary>
    public static string ListDescription(string introduction, IEnumerable<string> items, int count)
    {
        var first = items.Take(3).Select(i => i.TrimEnd('.', ';', ',')).ToList();
        return Description(introduction + " " + string.Join("; ", first) + (count > first.Count ? Localization.SiteText.T["; and more."] : "."));
    }

    /// <summary>The length of a description within which search results and link previews show it whole.</summary>
    public const int DescriptionLength = 160;

    /// <summary>A sentence's last character: ., ! or ? (with any closing quote or bracket) before a space and a capital, a digit or an opening quote, or at the end.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?]['""’”)]*(?=\s+[\p{Lu}\d""“‘(]|$)")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>The longest prefix of whole graphemes that fits in <paramref name="maxLength"/> UTF-16 units.</summary>
    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = 0;
        var graphemes = StringInfo.GetTextElementEnumerator(text);
        while (graphemes.MoveNext())
        {
            var next = graphemes.ElementIndex + graphemes.GetTextElement().Length;
            if (next > maxLength)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }

    private static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !ForbiddenCharacters.Contains(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (ForbiddenCharacters.IsForbidden(rune))
            {
                builder.Append($"\\u{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
