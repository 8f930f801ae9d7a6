using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Sharing;

/// <summary>
/// The register of every section ID that has been published, one <c>slug#id</c> a line, sorted.
/// A registered section that no longer exists (and has no anchor alias) is a content error, so a
/// link that someone pasted into a job posting cannot break silently. The register only grows.
/// </summary>
public static class PublishedAnchorRegister
{
    public const string FileName = "published-anchors.txt";

    public sealed record Entry(string Slug, string Id, int Line)
    {
        public override string ToString() => $"{Slug}#{Id}";
    }

    public static List<Entry> Parse(string text, string path, ContentDiagnostics diagnostics)
    {
        var entries = new List<Entry>();
        foreach (var (line, number) in RegisterLines.Of(text))
        {
            var hash = line.IndexOf('#');
            if (hash <= 0 || hash == line.Length - 1)
            {
                diagnostics.Error(path, number, 1, $"expected 'slug#section-id', not '{TextExcerpt.Quote(line)}'");
                continue;
            }

            entries.Add(new Entry(line[..hash], line[(hash + 1)..], number));
        }

        return entries;
    }

    /// <summary>Checks every registered anchor against the articles; a missing register file is fine.</summary>
    public static void Check(IReadOnlyList<Article> articles, ContentDiagnostics diagnostics, ContentFiles files)
    {
        if (!files.Exists(FileName) || files.Read(FileName) is not { } text)
        {
            return;
        }

        var bySlug = Article.BySlugOrAlias(articles);
        foreach (var entry in Parse(text, FileName, diagnostics))
        {
            if (!bySlug.TryGetValue(entry.Slug, out var article))
            {
                diagnostics.Error(FileName, entry.Line, 1,
                    $"'{TextExcerpt.Quote(entry.ToString())}' was published, but no article has the slug '{TextExcerpt.Quote(entry.Slug)}': add it to an article's 'aliases'");
            }
            else if (article.FindSection(entry.Id, out _) is null)
            {
                diagnostics.Error(FileName, entry.Line, 1,
                    $"'{TextExcerpt.Quote(entry.ToString())}' was published, but {article.RelativePath} has no section '{TextExcerpt.Quote(entry.Id)}': "
                    + $"add 'anchor_aliases: {{ {TextExcerpt.Quote(entry.Id)}: current-id }}' to its front matter");
            }
        }
    }

    /// <summary>The register with every current section added, none dropped, sorted and without duplicates.</summary>
    public static string Update(string? existing, IEnumerable<Article> articles)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        if (existing is not null)
        {
            foreach (var entry in Parse(existing, FileName, new ContentDiagnostics()))
            {
                lines.Add(entry.ToString());
            }
        }

        foreach (var article in articles)
        {
            foreach (var section in article.Sections)
            {
                lines.Add($"{article.Slug}#{section.Id}");
            }
        }

        return string.Join('\n', lines) + "\n";
    }
}
