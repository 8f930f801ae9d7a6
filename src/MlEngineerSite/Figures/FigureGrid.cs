namespace MlEngineerSite.Figures;

/// <summary>
/// Figures side by side (<c>side_by_side</c> in the data file, <c>{{side-by-side ID}}</c> in an article):
/// one column per thing compared (two occupations), one row per measure (median pay, jobs, growth).
/// A cell may be empty (null) where a source publishes no figure.
/// </summary>
public sealed record FigureGrid(string Id, string Title, string? Description, IReadOnlyList<string> Columns, IReadOnlyList<FigureGridRow> Rows)
{
    public IEnumerable<Figure> Figures => Rows.SelectMany(r => r.Cells).OfType<Figure>();
}

public sealed record FigureGridRow(string Label, IReadOnlyList<Figure?> Cells)
{
    /// <summary>The date every figure in the row shares, shown once with the row's label; null when they differ (each cell then shows its own).</summary>
    public FigureDate? SharedDate =>
        Cells.OfType<Figure>().Select(f => f.Date).Distinct().ToList() is [var only] ? only : null;
}
