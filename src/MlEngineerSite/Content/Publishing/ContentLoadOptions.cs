using MlEngineerSite.Content.Files;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// What loading depends on besides the files: the moment it is (which scheduled articles are live)
/// and today's date (which figures are stale), and the limits.
/// </summary>
public sealed record ContentLoadOptions(DateOnly Today, int StaleAfterYears = ContentLoadOptions.DefaultStaleAfterYears)
{
    /// <summary>The largest content file that is read (Content__MaxFileBytes).</summary>
    public long MaxFileBytes { get; init; } = ContentFiles.DefaultMaxFileBytes;

    /// <summary>Every warning is an error that stops publishing (Content__Strict; check --strict).</summary>
    public bool Strict { get; init; }

    /// <summary>The moment articles' <c>publish</c> and <c>expires</c> times are compared with; unset, midnight UTC at the start of <see cref="Today"/>.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Preview mode (Site__Preview): drafts, scheduled and expired articles are shown, labelled, and a link to one is a warning.</summary>
    public bool Preview { get; init; }

    /// <summary>The <c>Site__*</c> settings that win over site.yaml (name, tagline, language).</summary>
    public SiteOptions Site { get; init; } = new();

    public const int DefaultStaleAfterYears = Figures.Reading.FiguresOptions.DefaultStaleAfterYears;

    /// <summary>The moment of this load (<see cref="Now"/>, else the start of <see cref="Today"/>).</summary>
    public DateTimeOffset Moment => Now ?? new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static ContentLoadOptions At(DateTimeOffset now, int staleAfterYears = DefaultStaleAfterYears) =>
        new(DateOnly.FromDateTime(now.UtcDateTime), staleAfterYears) { Now = now };

    public static ContentLoadOptions Current(int staleAfterYears = DefaultStaleAfterYears) => At(DateTimeOffset.UtcNow, staleAfterYears);

    /// <summary>The moment <paramref name="clock"/> says it is, with the site's settings.</summary>
    public static ContentLoadOptions From(ContentOptions content, Figures.Reading.FiguresOptions figures, TimeProvider clock, SiteOptions site) =>
        At(clock.GetUtcNow(), figures.StaleAfterYears) with { MaxFileBytes = content.MaxFileBytes, Strict = content.Strict, Preview = site.Preview, Site = site };

    /// <summary>The rule the figures' reader judges staleness by.</summary>
    public Figures.FigureAge FigureAge => new(Today, StaleAfterYears);

    /// <summary>What a rendered article depends on among these options (not the moment: a page reads the same at any time of the day).</summary>
    public string RenderKey() => (this with { Now = null, Site = new() }).ToString();
}
