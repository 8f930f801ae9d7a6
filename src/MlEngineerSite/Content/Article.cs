using System.Collections.Frozen;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Content;

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
    public required int Order { get; init; }
    public required DateOnly Updated { get; init; }
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

    public string Url => $"/articles/{Slug}";

    public string SectionUrl(ArticleSection section) => $"{Url}/{section.Id}";

    /// <summary>The section with this ID, following anchor aliases; <paramref name="isAlias"/> says whether one was followed.</summary>
    public ArticleSection? FindSection(string id, out bool isAlias)
    {
        isAlias = AnchorAliases.TryGetValue(id, out var current);
        return _sectionsById.GetValueOrDefault(current ?? id);
    }

    /// <summary>Whether a heading (of any level) has this ID; by lookup, since a link check asks once per link.</summary>
    public bool HasHeading(string id) => _headingIds.Contains(id);

    /// <summary>
    /// Every article under its slug and its old slugs, compared without regard to case; the first
    /// article wins where two claim one (the loader reports that as an error).
    /// </summary>
    public static Dictionary<string, Article> BySlugOrAlias(IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Aliases.Prepend(a.Slug).Select(slug => (Slug: slug, Article: a)))
            .GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Article, StringComparer.OrdinalIgnoreCase);

    /// <summary>The headings shown in the table of contents.</summary>
    public IEnumerable<ArticleHeading> Contents => Headings.Where(h => h.Level is 2 or 3);
}
