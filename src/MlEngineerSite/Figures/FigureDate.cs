using System.Globalization;

namespace MlEngineerSite.Figures;

/// <summary>The date a figure refers to, as precise as its source: a year, a month or a day.</summary>
public readonly record struct FigureDate(int Year, int? Month = null, int? Day = null)
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static bool TryParse(string text, out FigureDate date)
    {
        foreach (var format in Formats)
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = format switch
                {
                    "yyyy" => new FigureDate(parsed.Year),
                    "yyyy-MM" => new FigureDate(parsed.Year, parsed.Month),
                    _ => new FigureDate(parsed.Year, parsed.Month, parsed.Day),
                };
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>The last day the figure can refer to, for judging its age.</summary>
    public DateOnly LatestDay =>
        Day is { } day ? new DateOnly(Year, Month!.Value, day)
        : Month is { } month ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month))
        : new DateOnly(Year, 12, 31);

    /// <summary>ISO 8601 form, as written in the data file (2022, 2022-05 or 2022-05-31).</summary>
    public string ToIsoString() =>
        Day is { } day ? $"{Year:D4}-{Month:D2}-{day:D2}"
        : Month is { } month ? $"{Year:D4}-{month:D2}"
        : $"{Year:D4}";

    /// <summary>As the content check's messages say it (English, whatever the site's language): May 2024.</summary>
    public string ToEnglishString() => Write(CultureInfo.InvariantCulture, "d MMMM yyyy", "MMMM yyyy");

    /// <summary>As a reader says it, in the site's language: May 2024, Mai 2024.</summary>
    public override string ToString() =>
        Write(Localization.SiteLanguage.CurrentCulture, Localization.SiteText.T["d MMMM yyyy"], Localization.SiteText.T["MMMM yyyy"]);

    private string Write(CultureInfo culture, string dayFormat, string monthFormat) =>
        Day is { } day ? new DateOnly(Year, Month!.Value, day).ToString(dayFormat, culture)
        : Month is { } month ? new DateOnly(Year, month, 1).ToString(monthFormat, culture)
        : Year.ToString(CultureInfo.InvariantCulture);
}
