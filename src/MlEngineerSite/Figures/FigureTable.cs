namespace MlEngineerSite.Figures;

/// <summary>A titled group of figures from the data file, shown together as one table.</summary>
public sealed record FigureTable(string Id, string Title, string? Description, IReadOnlyList<Figure> Figures);
