using System.Globalization;

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

        var digits = number.ToString("#,0.############", CultureInfo.InvariantCulture);
        if (figure.Signed && number > 0)
        {
            digits = "+" + digits;
        }

        var scale = figure.Scale is null ? "" : " " + figure.Scale;
        var value = figure.Unit switch
        {
            null => digits + scale,
            var unit when unit.Equals("percent", StringComparison.OrdinalIgnoreCase) => digits + "%" + scale,
            var unit when CurrencySymbols.TryGetValue(unit, out var symbol) => symbol + digits + scale,
            var unit when IsCurrencyCode(unit) => unit.ToUpperInvariant() + " " + digits + scale,
            var unit => digits + scale + " " + unit,
        };

        if (figure.Per is { } per)
        {
            value += per == "hour" ? " an hour" : " a " + per;
        }

        return figure.Approx is { } approx ? approx + " " + value : value;
    }

    public static bool IsCurrency(string? unit) =>
        unit is not null && (CurrencySymbols.ContainsKey(unit) || IsCurrencyCode(unit));

    // Three capital letters, as ISO 4217 writes currencies (CHF, INR...).
    private static bool IsCurrencyCode(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);
}
