namespace MlEngineerSite.Figures;

/// <summary>The words of a figure table, chart or comparison, as a reader reads them, for search: the same text its HTML shows.</summary>
public static class FigureText
{
    public static string Of(FigureTable table) =>
        Lines([table.Title, table.Description, .. table.Figures.Select(Row)]);

    public static string Of(FigureGrid grid) =>
        Lines([grid.Title, grid.Description, string.Join("; ", grid.Columns), .. grid.Rows.Select(r => $"{r.Label}: {string.Join("; ", r.Cells.Select(c => c?.DisplayValue ?? Localization.SiteText.T["no figure published"]))}.")]);

    public static string Of(FigureChart chart) =>
        Lines([chart.Title, chart.Description, .. chart.Figures.Select(f => $"{f.Label}: {f.DisplayValue} ({f.ShortSource}, {f.Date}).")]);

    public static string Of(ComparisonTable comparison) =>
        Lines([comparison.Caption, string.Join("; ", comparison.Columns), .. comparison.Rows.Select(r => $"{r.Topic}: {string.Join("; ", r.Cells)}."), comparison.Source]);

    private static string Row(Figure figure) =>
        string.Join("; ", new[] { figure.Label, figure.Measures, figure.Geography, figure.DisplayValue, figure.Qualifier, figure.Date.ToString(), figure.Period, figure.Source }.Where(s => s is not null)) + ".";

    private static string Lines(IEnumerable<string?> parts) => string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.TrimEnd('.')));
}
