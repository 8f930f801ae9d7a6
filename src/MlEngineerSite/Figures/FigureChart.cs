namespace MlEngineerSite.Figures;

/// <summary>
/// A bar chart of figures that share a unit, drawn as inline SVG by <see cref="Views.ChartView"/>.
/// <see cref="Labels"/> names each bar: the chart's own <c>labels</c> (when its bars are different
/// occupations whose figures share a label such as "Median annual pay"), else each figure's label.
/// </summary>
public sealed record FigureChart(string Id, string Title, string? Description, IReadOnlyList<Figure> Figures, IReadOnlyList<string> Labels);
