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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != Fence)
        {
            return new FrontMatter(null, text, 0);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') == Fence)
            {
                return new FrontMatter(string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]), i + 1);
            }
        }

        diagnostics.Error(path, 1, 1, "the front matter that starts on line 1 is never closed with a '---' line");
        return null;
    }
}
