using System.Collections.Frozen;
using MlEngineerSite.Figures;
using MlEngineerSite.Hosting;
using MlEngineerSite.Search;

namespace MlEngineerSite.Content;

/// <summary>
/// Everything the site serves from one version of the content folder, loaded, validated and
/// rendered up front. Immutable: a reload builds a new snapshot and swaps one reference.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly FrozenDictionary<string, int> _positions;
    private readonly CancellationTokenSource _searchBuild = new();
    private SearchIndex _search;

    /// <param name="articles">The valid articles.</param>
    /// <param name="figures">The figures and comparison table.</param>
    /// <param name="version">A hash of every content file.</param>
    /// <param name="modified">When the newest content file was written.</param>
    /// <param name="searchStandIn">
    /// The index of the version being replaced, if any. Then this version's own index is built in
    /// the background (seconds at 10,000 articles) and searches use the stand-in until it is ready,
    /// so an edit reaches the pages at once and the search results moments later. With
    /// <see cref="SearchIndex.Pending"/> (at start-up, when there is nothing to fall back on) pages
    /// are served at once and a search waits for the build. Without one, the index is built here.
    /// </param>
    public ContentSnapshot(IEnumerable<Article> articles, FigureCatalog figures, string version, DateTimeOffset modified = default, SearchIndex? searchStandIn = null)
    {
        Articles = [.. articles.OrderBy(a => a.Order).ThenBy(a => a.Title, StringComparer.Ordinal)];
        BySlug = Articles.ToFrozenDictionary(a => a.Slug, StringComparer.OrdinalIgnoreCase);
        ByAlias = Articles.SelectMany(a => a.Aliases.Select(alias => (alias, a)))
            .ToFrozenDictionary(p => p.alias, p => p.a, StringComparer.OrdinalIgnoreCase);
        ByOldPath = LinkChecker.ByPath(Articles).ToFrozenDictionary(StringComparer.Ordinal);
        Tags = [.. TagPage.From(Articles)];
        TagsBySlug = Tags.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        _positions = Articles.Select((a, i) => (a.Slug, i)).ToFrozenDictionary(p => p.Slug, p => p.i, StringComparer.OrdinalIgnoreCase);
        Figures = figures;
        Version = version;
        Modified = modified;
        LastUpdated = Articles.Count == 0 ? DateOnly.MinValue : Articles.Max(a => a.Updated);
        ComparisonArticle = Articles.FirstOrDefault(a => a.EmbedsComparison);
        FiguresArticle = Articles.Where(a => a.EmbedsFigureTables).MaxBy(a => a.CitedFigures.Count);
        if (searchStandIn is null)
        {
            _search = SearchIndex.Build(Articles);
            SearchReady = Task.CompletedTask;
        }
        else
        {
            _search = searchStandIn;
            var token = _searchBuild.Token;
            // A thread of its own: on a one-core server a build holding a pool thread for seconds would leave requests waiting for the pool to grow.
            // At low CPU priority: the first pages after start-up, and pages during a rebuild, come before the index.
            SearchReady = Task.Factory.StartNew(
                () =>
                {
                    LowCpuPriority.ForCurrentThread();
                    Volatile.Write(ref _search, SearchIndex.Build(Articles, token));
                }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The search index of this version of the content (or, for moments after a reload, of the one before).</summary>
    public SearchIndex Search
    {
        get
        {
            var search = Volatile.Read(ref _search);
            if (search != SearchIndex.Pending)
            {
                return search;
            }

            SearchReady.GetAwaiter().GetResult(); // Only in the first moments after start-up.
            return Volatile.Read(ref _search);
        }
    }

    /// <summary>The index searches would use now, without waiting for a build: the stand-in for the next version.</summary>
    public SearchIndex SearchSoFar => Volatile.Read(ref _search);

    /// <summary>Completes when <see cref="Search"/> indexes this version's own articles; cancelled if a newer version replaced it first.</summary>
    public Task SearchReady { get; }

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

    /// <summary>When the most recently changed content file was written: the pages' Last-Modified.</summary>
    public DateTimeOffset Modified { get; }

    /// <summary>The article that shows the comparison table, if any (found once: every page's header links to it).</summary>
    public Article? ComparisonArticle { get; }

    /// <summary>The article that shows the most figure tables (the salary and outlook page), if any.</summary>
    public Article? FiguresArticle { get; }

    /// <summary>Stops building this version's search index, a newer version having replaced it, unless a search may be waiting for it.</summary>
    public void StopSearchBuild()
    {
        if (Volatile.Read(ref _search) != SearchIndex.Pending)
        {
            _searchBuild.Cancel();
        }
    }

    public (Article? Previous, Article? Next) Neighbours(Article article)
    {
        var index = _positions.GetValueOrDefault(article.Slug, -1);
        return (index > 0 ? Articles[index - 1] : null, index >= 0 && index < Articles.Count - 1 ? Articles[index + 1] : null);
    }
}
