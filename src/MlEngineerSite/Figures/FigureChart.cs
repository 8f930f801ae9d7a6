namespace MlEngineerSite.Figures;

/// <summary>A bar chart of figures that share a unit, drawn as inline SVG by <see cref="Views.ChartView"/>.</summary>
public sealed record FigureChart(string Id, string Title, string? Description, IReadOnlyList<Figure> Figures);
