namespace MlEngineerSite.Figures;

/// <summary>
/// The occupation the site describes, for schema.org <c>Occupation</c> markup: its pay percentiles,
/// entry education and skills, all drawn from figures and text that the page also shows.
/// <see cref="Page"/> names the article that shows it (and <see cref="PageLine"/> where the file says so);
/// without one, the article that cites the most figures does.
/// </summary>
public sealed record Occupation(
    string Name,
    string Description,
    string Country,
    Figure? Education,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Figure> Pay,
    string? Page = null,
    int PageLine = 0);
