using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Figures.Downloads;

/// <summary>
/// Every figure as JSON (<c>/data/figures.json</c>) and CSV (<c>/data/figures.csv</c>), with its
/// source and date, for readers who want to check or reuse the numbers. Both list the same fields
/// in the same order; the README documents them.
/// </summary>
public static class FigureDownloads
{
    public const string JsonPath = FigureCatalog.JsonDownloadPath;
    public const string CsvPath = FigureCatalog.CsvDownloadPath;

    public static readonly string[] Fields =
        ["key", "table", "label", "value", "display", "unit", "per", "scale", "approx", "qualifier", "percentile", "period", "date", "geography", "measures", "source", "url"];

    public static IEndpointRouteBuilder MapFigureDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(JsonPath, (ContentStore content) =>
            Results.Text(Json(content.Current), "application/json; charset=utf-8"));
        endpoints.MapGet(CsvPath, (ContentStore content) =>
            Results.Text(Csv(content.Current), "text/csv; charset=utf-8; header=present"));
        return endpoints;
    }

    public static string Json(ContentSnapshot content)
    {
        var figures = new JsonArray();
        foreach (var figure in content.Figures.All)
        {
            var row = new JsonObject();
            foreach (var (field, value) in Values(figure))
            {
                row[field] = field == "value" && figure.Number is { } number ? JsonValue.Create(number)
                    : field == "percentile" && figure.Percentile is { } percentile ? JsonValue.Create(percentile)
                    : value is null ? null : JsonValue.Create(value);
            }

            figures.Add(row);
        }

        return new JsonObject { ["version"] = content.Version, ["figures"] = figures }
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string Csv(ContentSnapshot content)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Fields)).Append("\r\n");
        foreach (var figure in content.Figures.All)
        {
            csv.Append(string.Join(',', Values(figure).Select(v => Quote(v.Value)))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The fields of one figure as text, in the order of <see cref="Fields"/>.</summary>
    public static IEnumerable<(string Field, string? Value)> Values(Figure figure)
    {
        string?[] values =
        [
            figure.Key, figure.TableId, figure.Label, figure.NumberText, figure.DisplayValue, figure.Unit, figure.Per, figure.Scale,
            figure.Approx, figure.Qualifier, figure.Percentile?.ToString(CultureInfo.InvariantCulture), figure.Period,
            figure.Date.ToIsoString(), figure.Geography, figure.Measures, figure.Source, figure.SourceUrl,
        ];
        return Fields.Zip(values);
    }

    /// <summary>
    /// RFC 4180 quoting (a field that holds a comma, quote or line break is quoted, its quotes doubled), after neutralising formula injection: a text cell that a spreadsheet would
    /// run as a formula (starting with =, +, -, @, tab or carriage return, such as "+8,300 jobs") gets
    /// a leading apostrophe, which spreadsheets read as "this is text". Plain numbers ("-6") are left as they are.
    /// </summary>
    private static string Quote(string? value)
    {
        if (value is null)
        {
            return "";
        }

        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)
            && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
