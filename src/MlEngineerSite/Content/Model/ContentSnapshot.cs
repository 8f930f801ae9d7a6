using System.Collections.Frozen;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Content.Model;

/// <summary>
/// Everything the site serves from one version of the content folder, loaded, validated and
/// rendered up front. Plain immutable data: a reload builds a new snapshot and swaps one reference
/// (a search index of it is built and kept elsewhere, in Search/).
/// </summary>
public sealed class ContentSnapshot
{
    private readonly FrozenDictionary<string, int> _positions;

    /// <param name="articles">The valid articles.</param>
    /// <param name="figures">The figures and comparison table.</param>
    /// <param name="version">A hash of every content file.</param>
    /// <param name="modified">When the newest content file was written.</param>
    public ContentSnapshot(IEnumerable<Article> articles, FigureCatalog figures, string version, DateTimeOffset modified = default)
    {
        Articles = InReadingOrder(articles);
        BySlug = Articles.ToFrozenDictionary(a => a.Slug, StringComparer.OrdinalIgnoreCase);
        ByAlias = Articles.SelectMany(a => a.Aliases.Select(alias => (alias, a)))
            .ToFrozenDictionary(p => p.alias, p => p.a, StringComparer.OrdinalIgnoreCase);
        ByOldPath = Article.ByOldPath(Articles).ToFrozenDictionary(StringComparer.Ordinal);
        Tags = [.. TagPage.From(Articles)];
        TagsBySlug = Tags.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        _positions = Articles.Select((a, i) => (a.Slug, i)).ToFrozenDictionary(p => p.Slug, p => p.i, StringComparer.OrdinalIgnoreCase);
        Figures = figures;
        Version = version;
        Modified = modified;
        LastUpdated = Articles.Count == 0 ? DateOnly.MinValue : Articles.Max(a => a.Updated);
        ComparisonArticle = Articles.FirstOrDefault(a => a.EmbedsComparison);
        FiguresArticle = FiguresArticleOf(Articles, figures);
    }

    /// <summary>Front matter <c>order</c>, then title.</summary>
    public static IReadOnlyList<Article> InReadingOrder(IEnumerable<Article> articles) =>
        [.. articles.OrderBy(a => a.Order).ThenBy(a => a.Title, StringComparer.Ordinal)];

    /// <summary>
    /// The article figures.yaml names (occupation.page), or else the first in reading order of those
    /// citing the most figures: of those that show figure tables, else of those that cite one at all.
    /// </summary>
    public static Article? FiguresArticleOf(IEnumerable<Article> articles, FigureCatalog figures)
    {
        var ordered = InReadingOrder(articles);
        return figures.Occupation?.Page is { } page && ordered.FirstOrDefault(a => string.Equals(a.Slug, page, StringComparison.OrdinalIgnoreCase)) is { } named
            ? named
            : ordered.Where(a => a.EmbedsFigureTables).MaxBy(a => a.CitedFigures.Count)
                ?? ordered.Where(a => a.CitedFigures.Count > 0).MaxBy(a => a.CitedFigures.Count);
    }

    /// <summary>Articles in reading order (front matter <c>order</c>, then title).</summary>
    public IReadOnlyList<Article> Articles { get; }

    public FrozenDictionary<string, Article> BySlug { get; }

    /// <summary>Articles by their old slugs, for permanent redirects.</summary>
    public FrozenDictionary<string, Article> ByAlias { get; }

    /// <summary>Articles by the paths other tools served them at (<see cref="Article.OldPaths"/>), normalised by <see cref="SitePath"/>.</summary>
    public FrozenDictionary<string, Article> ByOldPath { get; }

    /// <summary>Every tag of the articles, by name (<c>/tags/{slug}</c>).</summary>
    public IReadOnlyList<TagPage> Tags { get; }

    public FrozenDictionary<string, TagPage> TagsBySlug { get; }

    public FigureCatalog Figures { get; }

    /// <summary>A hash of every content file: identical content gives an identical version on every machine.</summary>
    public string Version { get; }

    public DateOnly LastUpdated { get; }

    /// <summary>The pages of pages/ (About, Contact) that are live, by title: in navigation (site.yaml), the sitemap and search, not in the article list or feed.</summary>
    public IReadOnlyList<Article> Pages
    {
        get => _pages;
        init
        {
            _pages = [.. value.OrderBy(p => p.Title, StringComparer.Ordinal)];
            PagesBySlug = _pages.ToFrozenDictionary(p => p.Slug, StringComparer.OrdinalIgnoreCase);
        }
    }

    private readonly IReadOnlyList<Article> _pages = [];

    public FrozenDictionary<string, Article> PagesBySlug { get; private init; } = FrozenDictionary<string, Article>.Empty;

    /// <summary>Everything with a page of its own text: the articles, then the pages (search, the sitemap, the export).</summary>
    public IEnumerable<Article> ArticlesAndPages => Articles.Concat(Pages);

    /// <summary>The site's name, language, logo, colours and links (site.yaml and the Site__* settings).</summary>
    public Branding.SiteBrand Brand { get; init; } = Branding.SiteBrand.Default;

    /// <summary>The next moment an article of the folder goes live or is taken down (front matter <c>publish</c>, <c>expires</c>), when the folder must be read again.</summary>
    public DateTimeOffset? NextScheduledChange { get; init; }

    /// <summary>When the most recently changed content file was written: the pages' Last-Modified.</summary>
    public DateTimeOffset Modified { get; }

    /// <summary>The article that shows the comparison table, if any (found once: every page's header links to it).</summary>
    public Article? ComparisonArticle { get; }

    /// <summary>The article that shows the quick facts, the occupation at a glance and the figure downloads (<see cref="FiguresArticleOf"/>).</summary>
    public Article? FiguresArticle { get; }

    public (Article? Previous, Article? Next) Neighbours(Article article)
    {
        var index = _positions.GetValueOrDefault(article.Slug, -1);
        return (index > 0 ? Articles[index - 1] : null, index >= 0 && index < Articles.Count - 1 ? Articles[index + 1] : null);
    }
}
