using MlEngineerSite.Content.Files;

namespace MlEngineerSite.Content.Publishing;

/// <summary>What loading depends on besides the files: today's date and the age at which a figure counts as stale.</summary>
public sealed record ContentLoadOptions(DateOnly Today, int StaleAfterYears = ContentLoadOptions.DefaultStaleAfterYears)
{
    /// <summary>The largest content file that is read (Content__MaxFileBytes).</summary>
    public long MaxFileBytes { get; init; } = ContentFiles.DefaultMaxFileBytes;

    /// <summary>Every warning is an error that stops publishing (Content__Strict; check --strict).</summary>
    public bool Strict { get; init; }

    public const int DefaultStaleAfterYears = Figures.Reading.FiguresOptions.DefaultStaleAfterYears;

    public static ContentLoadOptions Now(int staleAfterYears = DefaultStaleAfterYears) =>
        new(DateOnly.FromDateTime(DateTime.UtcNow), staleAfterYears);

    /// <summary>The day <paramref name="clock"/> says it is, with the site's settings.</summary>
    public static ContentLoadOptions From(ContentOptions content, Figures.Reading.FiguresOptions figures, TimeProvider clock) =>
        new(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), figures.StaleAfterYears) { MaxFileBytes = content.MaxFileBytes, Strict = content.Strict };

    /// <summary>The rule the figures' reader judges staleness by.</summary>
    public Figures.FigureAge FigureAge => new(Today, StaleAfterYears);
}
