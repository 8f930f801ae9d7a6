using System.Globalization;

namespace MlEngineerSite.Localization;

/// <summary>
/// The one language of a site (<c>Site__Language</c> or site.yaml's <c>language</c>): its interface
/// strings, its date and number formats, <c>lang</c> on every page and the search's stemming.
/// A two-letter code means the language as written in its main country (<c>de</c> is de-DE); a
/// regional code (<c>de-CH</c>, <c>fr-CA</c>, <c>en-US</c>) keeps that region's formats.
/// </summary>
public sealed record SiteLanguage
{
    /// <summary>The languages whose interface is translated (the .resx files beside <see cref="SiteText"/>).</summary>
    public static IReadOnlyList<string> Shipped { get; } = ["en", "de", "fr"];

    private static readonly Dictionary<string, string> MainRegion = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-GB", // The articles use British spelling.
        ["de"] = "de-DE",
        ["fr"] = "fr-FR",
    };

    public static SiteLanguage English { get; } = new(CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Makes the invariant culture the default of this process, whatever LANG says (Program and the tests call it first).</summary>
    public static void IgnoreTheMachinesLocale()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>The culture pages are being made in: the site's, or English where none is set (a test, a command).</summary>
    public static CultureInfo CurrentCulture => CultureInfo.CurrentCulture.Name.Length == 0 ? English.Culture : CultureInfo.CurrentCulture;

    private SiteLanguage(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    /// <summary>The two-letter code: the interface's resources, the search's analyzer.</summary>
    public string Code => Culture.TwoLetterISOLanguageName;

    /// <summary>The <c>lang</c> attribute (BCP 47: de-DE).</summary>
    public string Tag => Culture.Name;

    /// <summary>Open Graph's form (de_DE).</summary>
    public string OpenGraphLocale => Culture.Name.Replace('-', '_');

    /// <summary>The language for a code, or null with the reason when it is not one the interface is translated into.</summary>
    public static SiteLanguage? Parse(string? code, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return English;
        }

        code = code.Trim();
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(MainRegion.GetValueOrDefault(code, code), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            problem = $"'{code}' is not a language code (write one of {string.Join(", ", Shipped)}, or a regional form such as de-CH)";
            return null;
        }

        if (!Shipped.Contains(culture.TwoLetterISOLanguageName, StringComparer.Ordinal) || culture.IsNeutralCulture)
        {
            problem = $"the interface is translated into {string.Join(", ", Shipped)} only, not '{code}'";
            return null;
        }

        return new SiteLanguage(culture);
    }

    /// <summary>
    /// ASP.NET Core's request localization, told the site's language by the content store (a live
    /// edit of site.yaml may change it): every culture of the shipped languages is supported, and no
    /// request chooses another (one language per site).
    /// </summary>
    public static RequestLocalizationOptions RequestOptions(Content.Publishing.ContentStore store)
    {
        var cultures = CultureInfo.GetCultures(CultureTypes.SpecificCultures).Where(c => Shipped.Contains(c.TwoLetterISOLanguageName, StringComparer.Ordinal)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new(English.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            ApplyCurrentCultureToResponseHeaders = false,
        };
        options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CustomRequestCultureProvider(_ =>
            Task.FromResult<Microsoft.AspNetCore.Localization.ProviderCultureResult?>(new(store.Current.Brand.Language.Tag)))];
        return options;
    }

    /// <summary>Runs the caller in this language until disposed (a content load renders its pages' words and figures in it).</summary>
    public CultureScope Use() => new(Culture);

    public override string ToString() => Tag;
}
