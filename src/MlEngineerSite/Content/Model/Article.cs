using System.Collections.Frozen;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Content.Model;

/// <summary>One article, fully rendered when content loads; requests only read it.</summary>
public sealed record Article
{
    private readonly IReadOnlyList<ArticleSection> _sections = [];
    private readonly FrozenDictionary<string, ArticleSection> _sectionsById = FrozenDictionary<string, ArticleSection>.Empty;
    private readonly IReadOnlyList<ArticleHeading> _headings = [];
    private readonly FrozenSet<string> _headingIds = FrozenSet<string>.Empty;

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required double Order { get; init; }
    public required DateOnly Updated { get; init; }

    /// <summary>When the article was first published, if its front matter says (<c>date</c>).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>A draft (front matter <c>draft: true</c>), read only in preview mode and never live.</summary>
    public bool Draft { get; init; }

    /// <summary>When the article goes live (front matter <c>publish</c>); before that it is absent everywhere.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>When the article is taken down (front matter <c>expires</c>).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Whether readers see the article at <paramref name="now"/>: its publication time has come and its expiry has not.</summary>
    public bool IsLiveAt(DateTimeOffset now) => !Draft && (PublishAt is not { } from || from <= now) && (ExpiresAt is not { } until || now < until);

    public required string Html { get; init; }
    public required IReadOnlyList<ArticleSection> Sections
    {
        get => _sections;
        init
        {
            _sections = value;
            _sectionsById = value.DistinctBy(s => s.Id).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        }
    }

    /// <summary>Old section IDs that now mean a current one (front matter <c>anchor_aliases</c>).</summary>
    public required IReadOnlyDictionary<string, string> AnchorAliases { get; init; }

    /// <summary>Old slugs that redirect here (front matter <c>aliases</c>).</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Old site paths that redirect here (<c>aliases</c> with a '/', <c>redirect_from</c>, <c>permalink</c>), normalised by <see cref="SitePath"/>.</summary>
    public IReadOnlyList<string> PathAliases { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The front matter's picture for link previews (an absolute http or https address).</summary>
    public string? Image { get; init; }

    /// <summary>The sub-folder of articles/ the file is in ("" at the top level).</summary>
    public string Folder { get; init; } = "";
    public required IReadOnlyList<ArticleHeading> Headings
    {
        get => _headings;
        init
        {
            _headings = value;
            _headingIds = value.Select(h => h.Id).ToFrozenSet(StringComparer.Ordinal);
        }
    }

    public required IReadOnlyList<ArticleSource> Sources { get; init; }
    public required IReadOnlyList<Figure> CitedFigures { get; init; }
    public required IReadOnlyList<InternalLink> InternalLinks { get; init; }
    public required int ReadingMinutes { get; init; }
    public required bool EmbedsComparison { get; init; }
    public required bool EmbedsFigureTables { get; init; }

    /// <summary>The file, relative to the content folder (articles/x.md), for messages.</summary>
    public required string RelativePath { get; init; }

    /// <summary>A page of pages/ (About, Contact): not in the article list, the feed or the tags; at /pages/{slug}.</summary>
    public bool IsPage { get; init; }

    public string Url => IsPage ? $"/pages/{Slug}" : $"/articles/{Slug}";

    /// <summary>
    /// Paths another tool served this page at, which redirect here: its old paths from the front
    /// matter, and the path of its file (/docs/other for articles/docs/other.md; a folder's index.md: /docs).
    /// </summary>
    public IEnumerable<string> OldPaths => PathAliases.Append(FilePath(RelativePath)).Distinct(StringComparer.Ordinal);

    private static string FilePath(string relativePath)
    {
        var parts = relativePath.Split('/').Skip(1).ToList();
        parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]);
        if (parts.Count > 1 && parts[^1].ToLowerInvariant() is "index" or "readme" or "_index")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return SitePath.Normalize(string.Join('/', parts));
    }

    public string SectionUrl(ArticleSection section) => $"{Url}/{section.Id}";

    /// <summary>The section with this ID, following anchor aliases; <paramref name="isAlias"/> says whether one was followed.</summary>
    public ArticleSection? FindSection(string id, out bool isAlias)
    {
        isAlias = AnchorAliases.TryGetValue(id, out var current);
        return _sectionsById.GetValueOrDefault(current ?? id);
    }

    /// <summary>Whether a heading (of any level, or of a part the page adds) has this ID; by lookup, since a link check asks once per link.</summary>
    public bool HasHeading(string id) => _headingIds.Contains(id) || _sectionsById.ContainsKey(id);

    /// <summary>The part of this kind that the page adds around the text, if it has one.</summary>
    public ArticleSection? Part(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>
    /// Every article under its slug and its old slugs, compared without regard to case; the first
    /// article wins where two claim one (the loader reports that as an error).
    /// </summary>
    public static Dictionary<string, Article> BySlugOrAlias(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Aliases.Prepend(a.Slug).Select(slug => (Slug: slug, Article: a)))
            .GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Article, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every article under the paths that name it (<see cref="OldPaths"/>); the first claim wins (a second is reported by the loader).</summary>
    public static Dictionary<string, Article> ByOldPath(IEnumerable<Article> articles)
    {
        var byPath = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var path in article.OldPaths)
            {
                byPath.TryAdd(path, article);
            }
        }

        return byPath;
    }

    /// <summary>The headings shown in the table of contents.</summary>
    public IEnumerable<ArticleHeading> Contents => Headings.Where(h => h.Level is 2 or 3);
}
