using System.Collections.Frozen;

namespace MlEngineerSite.Figures;

/// <summary>Every figure of one content snapshot, by table and by key, plus the quick facts and the comparison.</summary>
public sealed class FigureCatalog(
    IReadOnlyList<FigureTable> tables,
    IReadOnlyList<Figure> quickFacts,
    string? quickFactsNote,
    ComparisonTable? comparison)
{
    public static FigureCatalog Empty { get; } = new([], [], null, null);

    public IReadOnlyList<FigureTable> Tables { get; } = tables;

    public FrozenDictionary<string, Figure> ByKey { get; } =
        tables.SelectMany(t => t.Figures).ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);

    public FrozenDictionary<string, FigureTable> TablesById { get; } =
        tables.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    public IReadOnlyList<Figure> QuickFacts { get; } = quickFacts;

    /// <summary>What the quick facts measure, shown under them.</summary>
    public string? QuickFactsNote { get; } = quickFactsNote;

    public ComparisonTable? Comparison { get; } = comparison;

    public FigureCatalog WithComparison(ComparisonTable? table) => new(Tables, QuickFacts, QuickFactsNote, table);
}
