using System.Buffers;
using System.Globalization;
using System.Text;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Makes heading IDs exactly as github-slugger 2.0 does (GitHub, Docusaurus): lower case as
/// JavaScript does it, the characters its Unicode 13.0 regex removes dropped, each space turned
/// into a hyphen, and repeats numbered -1, -2. One instance per page, since numbering depends on
/// what came before.
/// </summary>
public sealed class HeadingSlugger
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public string Slug(string value)
    {
        var original = ToSlug(value);
        var result = original;
        while (_occurrences.ContainsKey(result))
        {
            _occurrences[original]++;
            result = $"{original}-{_occurrences[original]}";
        }

        _occurrences[result] = 0;
        return result;
    }

    /// <summary>Marks an ID as taken (a pinned <c>{#id}</c>) so later headings do not reuse it.</summary>
    public bool Reserve(string id) => _occurrences.TryAdd(id, 0);

    public static string ToSlug(string value)
    {
        var lowered = JavaScriptLowerCase(value);
        var slug = new StringBuilder(lowered.Length);
        var index = 0;
        while (index < lowered.Length)
        {
            if (Rune.DecodeFromUtf16(lowered.AsSpan(index), out var rune, out var consumed) != OperationStatus.Done)
            {
                // A lone surrogate: github-slugger's regex does not remove the Surrogate category.
                slug.Append(lowered[index]);
                index++;
                continue;
            }

            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (!IsRemoved(rune.Value))
            {
                slug.Append(lowered, index, consumed);
            }

            index += consumed;
        }

        return slug.ToString();
    }

    /// <summary>
    /// Lower case as JavaScript's <c>toLowerCase</c> does it: .NET's invariant mapping plus the two
    /// full mappings it lacks (capital I with dot above, and Greek final sigma).
    /// </summary>
    private static string JavaScriptLowerCase(string value)
    {
        var expanded = value.Replace("\u0130", "i\u0307", StringComparison.Ordinal);
        var lowered = expanded.ToLowerInvariant(); // Same length: .NET maps one UTF-16 unit to one.
        if (!expanded.Contains('\u03A3'))
        {
            return lowered;
        }

        var chars = lowered.ToCharArray();
        for (var i = 0; i < expanded.Length; i++)
        {
            if (expanded[i] == '\u03A3' && IsFinalSigma(expanded, i))
            {
                chars[i] = '\u03C2';
            }
        }

        return new string(chars);
    }

    // Unicode's Final_Sigma condition: a cased letter before, and none after (skipping case-ignorable marks).
    private static bool IsFinalSigma(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(text[before]))
        {
            before--;
        }

        var after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text[after]))
        {
            after++;
        }

        return before >= 0 && IsCased(text[before]) && !(after < text.Length && IsCased(text[after]));
    }

    private static bool IsCased(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '\u00B7' or '\u2019'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    /// <summary>Whether github-slugger's generated regex removes the code point (see <see cref="HeadingSluggerRanges"/>).</summary>
    private static bool IsRemoved(int codePoint)
    {
        var index = Array.BinarySearch(HeadingSluggerRanges.Starts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= HeadingSluggerRanges.Ends[index];
    }
}
