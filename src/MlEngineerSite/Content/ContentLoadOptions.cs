using MlEngineerSite.Content.Files;

namespace MlEngineerSite.Content;

/// <summary>What loading depends on besides the files: today's date and the age at which a figure counts as stale.</summary>
public sealed record ContentLoadOptions(DateOnly Today, int StaleAfterYears = ContentLoadOptions.DefaultStaleAfterYears)
{
    /// <summary>The largest content file that is read (Content__MaxFileBytes).</summary>
    public long MaxFileBytes { get; init; } = ContentFiles.DefaultMaxFileBytes;

    /// <summary>Every warning is an error that stops publishing (Content__Strict; check --strict).</summary>
    public bool Strict { get; init; }

    public const int DefaultStaleAfterYears = 3;

    public static ContentLoadOptions Now(int staleAfterYears = DefaultStaleAfterYears) =>
        new(DateOnly.FromDateTime(DateTime.UtcNow), staleAfterYears);

    /// <summary>Today, with the settings the server and the commands read from configuration.</summary>
    public static ContentLoadOptions Now(IConfiguration configuration) => Now(
        configuration.GetSection(Figures.FiguresOptions.SectionName).Get<Figures.FiguresOptions>()?.StaleAfterYears ?? DefaultStaleAfterYears) with
    {
        MaxFileBytes = configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>()?.MaxFileBytes ?? ContentFiles.DefaultMaxFileBytes,
        Strict = configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>()?.Strict ?? false,
    };

    public bool IsStale(DateOnly figureDate) => figureDate.AddYears(StaleAfterYears) < Today;
}
