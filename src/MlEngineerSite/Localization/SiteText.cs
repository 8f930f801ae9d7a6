using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MlEngineerSite.Localization;

/// <summary>
/// Every word of the interface (navigation, dates, "Copy link", search, error pages), from
/// <c>SiteText.resx</c> and its translations <c>SiteText.de.resx</c> and <c>SiteText.fr.resx</c>,
/// through ASP.NET Core's <see cref="IStringLocalizer{T}"/>. A key is the English text itself (the
/// ASP.NET Core convention), so a view reads as it renders in English; date formats are keys too
/// (<c>d MMMM yyyy</c>, which German writes <c>d. MMMM yyyy</c>). The language is the site's
/// (<see cref="SiteLanguage"/>): requests and content loads run in its culture.
/// </summary>
public sealed class SiteText
{
    private SiteText()
    {
    }

    /// <summary>The one localizer, for code outside views and components (which have it injected): the same resources.</summary>
    public static IStringLocalizer<SiteText> T { get; } = new StringLocalizer<SiteText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>A day as the site's language writes it in running text ("1 December 2026", "1. Dezember 2026").</summary>
    public static string Date(DateOnly date) => date.ToString(T["d MMMM yyyy"], SiteLanguage.CurrentCulture);

    /// <summary>A day, short ("1 Dec 2026").</summary>
    public static string ShortDate(DateOnly date) => date.ToString(T["d MMM yyyy"], SiteLanguage.CurrentCulture);

    /// <summary>A moment, in UTC ("1 December 2026, 09:00 UTC").</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString(T["d MMMM yyyy, HH:mm 'UTC'"], SiteLanguage.CurrentCulture);

    /// <summary>A whole number with the language's digit grouping ("40,300", "40.300", "40 300").</summary>
    public static string Count(int count) => count.ToString("#,0", SiteLanguage.CurrentCulture);
}
