using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Content.Publishing;

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

    /// <summary>
    /// The article in this file, reused from the previous load when nothing it depends on changed,
    /// else read afresh. <paramref name="fileHash"/> is the hash <see cref="ContentFiles"/> took of the file.
    /// </summary>
    public Article? Read(string relativePath, string text, string fileHash, DateOnly fileDate, FigureCatalog figures, string figuresKey, ContentDiagnostics diagnostics, bool includeDrafts = false)
    {
        if (!_entries.TryGetValue(relativePath, out var entry) || entry.FileHash != fileHash || entry.FileDate != fileDate || entry.FiguresKey != figuresKey)
        {
            var own = new ContentDiagnostics();
            entry = new Entry(fileHash, fileDate, figuresKey, ContentLoader.ReadArticle(relativePath, text, fileDate, figures, own, includeDrafts: includeDrafts), own.Problems);
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

    private sealed record Entry(string FileHash, DateOnly FileDate, string FiguresKey, Article? Article, IReadOnlyList<ContentProblem> Problems);
}
