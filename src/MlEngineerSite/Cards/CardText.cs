namespace MlEngineerSite.Cards;

/// <summary>Breaking a card's text into lines that fit: at spaces, inside a word only when the word alone is too wide, with an ellipsis when lines run out.</summary>
public static class CardText
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(string text, float width, int maxLines, Func<string, float> measure)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lines = new List<string>();
        var line = "";
        foreach (var word in words.SelectMany(w => Pieces(w, width, measure)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && measure(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Shorten(kept[^1], width, measure);
        return kept;
    }

    /// <summary>The line cut at a word (or a character) so that it and an ellipsis fit.</summary>
    private static string Shorten(string line, float width, Func<string, float> measure)
    {
        var cut = line;
        while (cut.Length > 0 && measure(cut + Ellipsis) > width)
        {
            var space = cut.LastIndexOf(' ');
            cut = space > 0 ? cut[..space] : cut[..^1];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '–', '-') + Ellipsis;
    }

    /// <summary>A word too wide for a line, split into pieces that fit (a long URL or a compound word).</summary>
    private static IEnumerable<string> Pieces(string word, float width, Func<string, float> measure)
    {
        while (word.Length > 1 && measure(word) > width)
        {
            var (fits, tooWide) = (1, word.Length); // The longest prefix that fits, by halving.
            while (tooWide - fits > 1)
            {
                var middle = (fits + tooWide) / 2;
                (fits, tooWide) = measure(word[..middle]) <= width ? (middle, tooWide) : (fits, middle);
            }

            var length = fits;

            if (length > 1 && char.IsHighSurrogate(word[length - 1]))
            {
                length--;
            }

            yield return word[..length];
            word = word[length..];
        }

        yield return word;
    }
}
