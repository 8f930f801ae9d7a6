using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Content;

/// <summary>
/// The articles of the previous load, so that a reload renders only the files that changed: at
/// 10,000 articles a full render takes seconds, one changed file a few milliseconds. An article is
/// reused only when everything it was rendered from is unchanged: its file's text and date, the
/// figure and comparison files and the load options (today's date decides which figures are stale).
/// Its problems (warnings) are reported again each time. One load at a time uses a memo.
/// </summary>
public sealed class ArticleMemo
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The article in this file, reused from the previous load when nothing it depends on changed, else read afresh.</summary>
    public Article? Read(string relativePath, string text, DateOnly fileDate, FigureCatalog figures, string figuresKey, ContentDiagnostics diagnostics)
    {
        var textHash = Fingerprint(text);
        if (!_entries.TryGetValue(relativePath, out var entry) || entry.TextHash != textHash || entry.FileDate != fileDate || entry.FiguresKey != figuresKey)
        {
            var own = new ContentDiagnostics();
            entry = new Entry(textHash, fileDate, figuresKey, ArticleReader.Read(relativePath, text, fileDate, figures, own), own.Problems);
            _entries[relativePath] = entry;
        }

        diagnostics.AddRange(entry.Problems);
        return entry.Article;
    }

    /// <summary>Forgets files that the last load did not read (deleted or renamed).</summary>
    public void KeepOnly(IReadOnlySet<string> relativePaths)
    {
        foreach (var gone in _entries.Keys.Where(p => !relativePaths.Contains(p)).ToList())
        {
            _entries.Remove(gone);
        }
    }

    /// <summary>A hash of a file's text, so the memo keeps 32 bytes per file rather than the file.</summary>
    public static string Fingerprint(string text) => Convert.ToBase64String(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    private sealed record Entry(string TextHash, DateOnly FileDate, string FiguresKey, Article? Article, IReadOnlyList<ContentProblem> Problems);
}
