namespace MlEngineerSite.Figures;

/// <summary>
/// The occupation the site describes, for schema.org <c>Occupation</c> markup: its pay percentiles,
/// entry education and skills, all drawn from figures and text that the page also shows.
/// </summary>
public sealed record Occupation(
    string Name,
    string Description,
    string Country,
    Figure? Education,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Figure> Pay);
