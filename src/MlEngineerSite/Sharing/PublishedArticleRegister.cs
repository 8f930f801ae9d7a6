using System.Globalization;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Sharing;

/// <summary>
/// The register of every article that has been published, with the day it first was: one
/// <c>slug YYYY-MM-DD</c> a line, sorted, kept in the content folder so the date survives a rebuild
/// or a move to another server (the <c>anchors</c> command adds new articles with today's date).
/// It is each article's <c>datePublished</c> unless its front matter gives one. A registered slug
/// that no article has, even as an alias, is a content error: a published address cannot vanish
/// unnoticed. The register only grows.
/// </summary>
public static class PublishedArticleRegister
{
    public const string FileName = "published-articles.txt";

    public sealed record Entry(string Slug, DateOnly Date, int Line)
    {
        public override string ToString() => $"{Slug} {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    public static List<Entry> Parse(string text, string path, ContentDiagnostics diagnostics)
    {
        var entries = new List<Entry>();
        foreach (var (line, number) in RegisterLines.Of(text))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !SitePath.IsSlug(parts[0])
                || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Error(path, number, 1, $"expected 'slug YYYY-MM-DD', not '{TextExcerpt.Quote(line)}'");
                continue;
            }

            entries.Add(new Entry(parts[0], date, number));
        }

        return entries;
    }

    /// <summary>
    /// Checks every registered article and gives each article its first publication date: the
    /// earliest registered under its slug or any of its old slugs. A missing register file is fine.
    /// </summary>
    public static Dictionary<Article, DateOnly> Check(IReadOnlyList<Article> articles, ContentDiagnostics diagnostics, ContentFiles files)
    {
        var dates = new Dictionary<Article, DateOnly>();
        if (!files.Exists(FileName) || files.Read(FileName) is not { } text)
        {
            return dates;
        }

        var bySlug = Article.BySlugOrAlias(articles);
        foreach (var entry in Parse(text, FileName, diagnostics))
        {
            if (!bySlug.TryGetValue(entry.Slug, out var article))
            {
                diagnostics.Error(FileName, entry.Line, 1,
                    $"'{entry.Slug}' was published on {entry.Date:yyyy-MM-dd}, but no article has that slug: add it to an article's 'aliases'");
            }
            else if (!dates.TryGetValue(article, out var known) || entry.Date < known)
            {
                dates[article] = entry.Date;
            }
        }

        return dates;
    }

    /// <summary>The register with every article not yet in it (by slug or old slug) added as published <paramref name="today"/>, none dropped, sorted.</summary>
    public static string Update(string? existing, IEnumerable<Article> articles, DateOnly today)
    {
        var entries = existing is null ? [] : Parse(existing, FileName, new ContentDiagnostics());
        var known = entries.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var added = articles.Where(a => !a.Aliases.Prepend(a.Slug).Any(known.Contains)).Select(a => new Entry(a.Slug, today, 0));
        var lines = new SortedSet<string>(entries.Concat(added).Select(e => e.ToString()), StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }
}
