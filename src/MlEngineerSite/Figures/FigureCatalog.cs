using System.Collections.Frozen;

namespace MlEngineerSite.Figures;

/// <summary>
/// Every figure of one content snapshot, by table and by key, with what is built from them: the
/// quick facts, the charts, the occupation's structured data, and the comparison table.
/// </summary>
public sealed class FigureCatalog(IReadOnlyList<FigureTable> tables)
{
    /// <summary>Where the figures and the comparison are, in the content folder.</summary>
    public const string FiguresFile = "data/figures.yaml";

    public const string ComparisonFile = "data/comparison.yaml";

    /// <summary>Where every figure can be downloaded, with its source and date (served by <see cref="Downloads.FigureDownloads"/>).</summary>
    public const string JsonDownloadPath = "/data/figures.json";

    public const string CsvDownloadPath = "/data/figures.csv";

    public IReadOnlyList<FigureTable> Tables { get; } = tables;

    public FrozenDictionary<string, Figure> ByKey { get; } =
        tables.SelectMany(t => t.Figures).ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);

    public FrozenDictionary<string, FigureTable> TablesById { get; } =
        tables.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    public IReadOnlyList<Figure> QuickFacts { get; init; } = [];

    /// <summary>What the quick facts measure, shown under them.</summary>
    public string? QuickFactsNote { get; init; }

    public IReadOnlyList<FigureChart> Charts { get; init; } = [];

    /// <summary>Figures side by side, by id (<c>{{side-by-side ID}}</c>).</summary>
    public IReadOnlyList<FigureGrid> Grids { get; init; } = [];

    public Occupation? Occupation { get; init; }

    public ComparisonTable? Comparison { get; init; }

    /// <summary>Keys of figures that have errors: references to them are not reported again.</summary>
    public IReadOnlySet<string> InvalidKeys { get; init; } = new HashSet<string>();

    public IEnumerable<Figure> All => Tables.SelectMany(t => t.Figures);
}
