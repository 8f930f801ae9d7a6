using System.Globalization;
using System.Text;

namespace MlEngineerSite.Content;

/// <summary>
/// Makes heading IDs exactly as github-slugger 2.0 does (GitHub, Docusaurus): lower case,
/// characters of the removed Unicode categories dropped, each space turned into a hyphen,
/// and repeats numbered -1, -2. One instance per page, since numbering depends on what came before.
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
        var lowered = value.ToLowerInvariant();
        var slug = new StringBuilder(lowered.Length);
        var index = 0;
        while (index < lowered.Length)
        {
            if (Rune.DecodeFromUtf16(lowered.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
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
            else if (!IsRemoved(rune))
            {
                slug.Append(lowered, index, consumed);
            }

            index += consumed;
        }

        return slug.ToString();
    }

    private static bool IsRemoved(Rune rune)
    {
        if (rune.Value == '-')
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.OtherNumber
                or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.DashPunctuation
                or UnicodeCategory.Control
                or UnicodeCategory.PrivateUse
                or UnicodeCategory.Format
                or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.MathSymbol
                or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol => true,
            UnicodeCategory.OtherSymbol => !IsAlphabeticSymbol(rune.Value),
            _ => false,
        };
    }

    // Symbols that Unicode also marks Alphabetic (circled and squared Latin letters): github-slugger keeps them.
    private static bool IsAlphabeticSymbol(int codePoint) =>
        codePoint is (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149)
            or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);
}
