namespace MlEngineerSite.Content;

/// <summary>What loading depends on besides the files: today's date and the age at which a figure counts as stale.</summary>
public sealed record ContentLoadOptions(DateOnly Today, int StaleAfterYears = ContentLoadOptions.DefaultStaleAfterYears)
{
    public const int DefaultStaleAfterYears = 3;

    public static ContentLoadOptions Now(int staleAfterYears = DefaultStaleAfterYears) =>
        new(DateOnly.FromDateTime(DateTime.UtcNow), staleAfterYears);

    public bool IsStale(DateOnly figureDate) => figureDate.AddYears(StaleAfterYears) < Today;
}
