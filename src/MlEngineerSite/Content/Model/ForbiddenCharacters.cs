using System.Buffers;
using System.Text;

namespace MlEngineerSite.Content.Model;

/// <summary>
/// Characters that XML 1.0 or HTML forbid in text: C0 controls other than tab, line feed and carriage
/// return, DEL, C1 controls and Unicode noncharacters. One of them in a title made <c>/feed.xml</c>
/// answer 500, so content text is cleaned of them as it is read, with a warning.
/// </summary>
public static class ForbiddenCharacters
{
    public static bool IsForbidden(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 => true,
        >= 0x7F and <= 0x9F => true,
        >= 0xFDD0 and <= 0xFDEF => true,
        _ => (rune.Value & 0xFFFE) == 0xFFFE,
    };

    /// <summary>The text without forbidden characters; <paramref name="firstIndex"/> is where the first one was (-1: none).</summary>
    public static string Remove(string text, out int count, out int firstIndex)
    {
        count = 0;
        firstIndex = -1;
        if (!Contains(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsForbidden(rune))
            {
                count++;
                if (firstIndex < 0)
                {
                    firstIndex = index;
                }
            }
            else
            {
                clean.Append(rune.ToString());
            }

            index += rune.Utf16SequenceLength;
        }

        return clean.ToString();
    }

    /// <summary>The text without forbidden characters, for values that need no report (settings are validated on their own).</summary>
    public static string Remove(string text) => Remove(text, out _, out _);

    public static bool Contains(string text)
    {
        // A vectorised search finds the first character that may start a forbidden one; most
        // texts have none, and a rune-by-rune walk over every article was a measurable part of a
        // 10,000-article load (bench/README).
        var first = text.AsSpan().IndexOfAny(MayBeForbidden);
        if (first < 0)
        {
            return false;
        }

        foreach (var rune in text.AsSpan(first).EnumerateRunes())
        {
            if (IsForbidden(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every UTF-16 unit that is forbidden or starts a forbidden character: the BMP ones and every high surrogate (a plane's last two code points are noncharacters).</summary>
    private static readonly SearchValues<char> MayBeForbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Where(c => c is >= 0xD800 and <= 0xDBFF || (!char.IsSurrogate((char)c) && IsForbidden(new Rune(c)))).Select(c => (char)c)]);
}
