using System.Buffers;

namespace MlEngineerSite.Content.Model;

/// <summary>
/// Runs of white space, as <c>string.Split(null)</c> finds them (<see cref="char.IsWhiteSpace(char)"/>),
/// without splitting: the loader meets every article's text here, and splitting it into words and
/// joining them again was a large share of a 10,000-article load's allocations (bench/README).
/// </summary>
public static class Whitespace
{
    /// <summary>The text with each run of white space one space, and none at either end.</summary>
    public static string Collapse(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }

                buffer[length++] = c;
            }

            return buffer.AsSpan(0, length).SequenceEqual(text) ? text : new string(buffer, 0, length); // Most texts are already collapsed.
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How many words (runs of anything but white space) the text has.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return words;
    }
}
