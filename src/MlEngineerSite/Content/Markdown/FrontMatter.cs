using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Markdown;

/// <summary>An article file split into its YAML front matter (null when it has none, as MkDocs pages have not) and its Markdown body.</summary>
public sealed record FrontMatter(string? Yaml, string Body, int BodyLineOffset)
{
    private const string Fence = "---";

    /// <summary>
    /// Splits the text at the <c>---</c> fences. <see cref="BodyLineOffset"/> is the number of
    /// file lines before the body, so body line N is file line N + offset. Null (with an error)
    /// only when a front matter is opened and never closed.
    /// </summary>
    public static FrontMatter? Split(string text, string path, ContentDiagnostics diagnostics)
    {
        // Line by line over the text itself: splitting it into lines and joining them again was a
        // tenth of a 10,000-article load's allocations (bench/README).
        if (!IsFence(LineAt(text, 0, out var next)))
        {
            return new FrontMatter(null, text, 0);
        }

        var yamlStart = next;
        for (var lineNumber = 2; next <= text.Length; lineNumber++)
        {
            var start = next;
            if (IsFence(LineAt(text, start, out next)))
            {
                var yaml = text[yamlStart..Math.Max(yamlStart, start - 1)];
                return new FrontMatter(yaml, next <= text.Length ? text[next..] : "", lineNumber);
            }
        }

        diagnostics.Error(path, 1, 1, "the front matter that starts on line 1 is never closed with a '---' line");
        return null;
    }

    /// <summary>The line that starts at <paramref name="start"/> (without its '\n') and where the next one starts (past the end after the last line).</summary>
    private static ReadOnlySpan<char> LineAt(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? text.Length + 1 : end + 1;
        return end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd("\r \t").SequenceEqual(Fence);
}
