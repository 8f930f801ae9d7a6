namespace MlEngineerSite.Figures;

/// <summary>The side-by-side comparison of two roles from data/comparison.yaml.</summary>
public sealed record ComparisonTable(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ComparisonRow> Rows,
    string? Source,
    string? SourceUrl);

public sealed record ComparisonRow(string Topic, IReadOnlyList<string> Cells);
