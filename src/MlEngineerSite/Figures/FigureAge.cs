namespace MlEngineerSite.Figures;

/// <summary>When a figure counts as stale: older than <see cref="StaleAfterYears"/> on <see cref="Today"/> ("newer data may exist").</summary>
public sealed record FigureAge(DateOnly Today, int StaleAfterYears)
{
    public bool IsStale(DateOnly figureDate) => figureDate.AddYears(StaleAfterYears) < Today;
}
