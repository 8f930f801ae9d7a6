using System.Globalization;

using static MlEngineerSite.Localization.SiteText;

namespace MlEngineerSite.Figures;

/// <summary>Formats a figure's value the same way everywhere it appears.</summary>
public static class FigureFormatter
{
    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
    };

    public static IReadOnlyCollection<string> Periods { get; } = ["year", "month", "week", "day", "hour"];

    public static IReadOnlyCollection<string> Scales { get; } = ["thousand", "million", "billion", "trillion"];

    public static string Format(Figure figure)
    {
        if (figure.Number is not { } number)
        {
            return figure.Text ?? "";
        }

        // In the site's language (Localization/SiteLanguage): 136,620 / 136.620 / 136 620; the currency stays the data's.
        var format = Localization.SiteLanguage.CurrentCulture.NumberFormat;
        var digits = number.ToString("#,0.############", format);
        if (figure.Signed && number > 0)
        {
            digits = "+" + digits;
        }

        var scale = figure.Scale switch
        {
            null => "",
            "thousand" => " " + T["thousand"],
            "million" => " " + T["million"],
            "billion" => " " + T["billion"],
            _ => " " + T["trillion"],
        };
        var value = figure.Unit switch
        {
            null => digits + scale,
            var unit when unit.Equals("percent", StringComparison.OrdinalIgnoreCase) => Percent(digits, format) + scale,
            var unit when CurrencySymbols.TryGetValue(unit, out var symbol) => Currency(digits + scale, symbol == "$" ? T["$"] : symbol, format), // US-$ in German, $ US in French.
            var unit when IsCurrencyCode(unit) => Currency(digits + scale, unit.ToUpperInvariant(), format),
            var unit => digits + scale + " " + unit,
        };

        if (figure.Per is { } per)
        {
            value = per switch
            {
                "hour" => T["{0} an hour", value],
                "day" => T["{0} a day", value],
                "week" => T["{0} a week", value],
                "month" => T["{0} a month", value],
                _ => T["{0} a year", value],
            };
        }

        return figure.Approx is { } approx ? approx + " " + value : value;
    }

    /// <summary>Where the language puts the per cent sign: 20% in English, 20 % in German and French (a no-break space).</summary>
    private static string Percent(string digits, NumberFormatInfo format) => format.PercentPositivePattern switch
    {
        0 => digits + "\u00a0%",
        2 => "%" + digits,
        3 => "%\u00a0" + digits,
        _ => digits + "%",
    };

    /// <summary>Where the language puts a currency's symbol ($136,620; 136.620 US-$; 136 620 $ US): the symbol is the data's currency, named as the language names it.</summary>
    private static string Currency(string amount, string symbol, NumberFormatInfo format) => format.CurrencyPositivePattern switch
    {
        1 => amount + symbol,
        2 => symbol + "\u00a0" + amount,
        3 => amount + "\u00a0" + symbol,
        _ => symbol.Length > 1 && char.IsAsciiLetter(symbol[^1]) ? symbol + " " + amount : symbol + amount, // CHF 90,000
    };

    public static bool IsCurrency(string? unit) =>
        unit is not null && (CurrencySymbols.ContainsKey(unit) || IsCurrencyCode(unit));

    // Three capital letters, as ISO 4217 writes currencies (CHF, INR...).
    private static bool IsCurrencyCode(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);
}
