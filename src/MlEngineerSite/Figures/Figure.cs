using System.Globalization;

namespace MlEngineerSite.Figures;

/// <summary>
/// One pay or outlook figure with everything a reader needs to trust it. <see cref="Number"/> is set
/// for measured values; <see cref="Text"/> for qualitative ones such as "Master's degree".
/// </summary>
public sealed record Figure
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    public decimal? Number { get; init; }
    public string? Text { get; init; }
    public string? Unit { get; init; }
    public string? Per { get; init; }
    public string? Scale { get; init; }
    public string? Approx { get; init; }
    public string? Qualifier { get; init; }
    public bool Signed { get; init; }
    public string? Period { get; init; }
    public required FigureDate Date { get; init; }
    public string? Geography { get; init; }
    public string? Measures { get; init; }
    public required string Source { get; init; }
    public string? SourceUrl { get; init; }
    public required string TableId { get; init; }

    /// <summary>For pay distributions: which percentile this is (10, 25, 50, 75 or 90).</summary>
    public int? Percentile { get; init; }

    /// <summary>The note shown beside the date of a figure older than the configured age.</summary>
    public static string StaleNote => Localization.SiteText.T["newer data may exist"];

    /// <summary>The one note on a table or list whose figures are all older than the configured age, instead of one per figure.</summary>
    public static string StaleNoteForAll => Localization.SiteText.T["Newer data may exist for every figure here."];

    /// <summary>Whether each of the figures is stale, so a table or list notes it once rather than on every row.</summary>
    public static bool AllStale(IReadOnlyCollection<Figure> figures) => figures.Count > 0 && figures.All(f => f.IsStale);

    /// <summary>Whether the figure is older than the configured age (<see cref="StaleNote"/> is shown with it).</summary>
    public bool IsStale { get; init; }

    /// <summary>Where the figure is defined, for messages (data/figures.yaml:12).</summary>
    public required string DefinedAt { get; init; }

    /// <summary>The value as a reader sees it: "$136,620 a year", "23%", "about 3,400 openings".</summary>
    public string DisplayValue => FigureFormatter.Format(this);

    /// <summary>The source's short name (text before the first comma) for inline citations.</summary>
    public string ShortSource => Source.Split(',', 2)[0].Trim();

    /// <summary>Whether a link-preview card can show it as a section's headline: pay or a percentage.</summary>
    public bool IsHeadline => Number is not null && (FigureFormatter.IsCurrency(Unit) || Unit == "percent");

    public string NumberText => Number?.ToString("0.############", CultureInfo.InvariantCulture) ?? Text ?? "";
}
