using System.Globalization;
using System.Text;
using MlEngineerSite.Content;

namespace MlEngineerSite.Figures;

/// <summary>
/// Draws a chart as inline SVG on the server: one labelled horizontal bar per figure, with its
/// value, source and date written out as text. No script; colours come from the stylesheet, so it
/// follows dark mode and prints. A title and description make it readable by screen readers.
/// </summary>
public static class ChartSvg
{
    private const int Width = 640;
    private const int RowHeight = 52;
    private const int BarHeight = 18;
    private const int ValueSpace = 260; // Room after the longest bar for a value such as "just under $200,000 a year".

    public static string Render(FigureChart chart)
    {
        var max = chart.Figures.Max(f => f.Number!.Value);
        var height = chart.Figures.Count * RowHeight + 8;
        // IDs of page furniture carry a capital letter; heading IDs are lower case, so they never collide.
        var titleId = $"Chart-{chart.Id}-Title";
        var descriptionId = $"Chart-{chart.Id}-Description";
        var svg = new StringBuilder();
        svg.Append($"<figure class=\"chart\" id=\"Chart-{chart.Id}\">")
            .Append($"<svg viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{titleId} {descriptionId}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append($"<title id=\"{titleId}\">{HtmlText.Encode(chart.Title)}</title>")
            .Append($"<desc id=\"{descriptionId}\">{HtmlText.Encode(Description(chart))}</desc>");

        for (var i = 0; i < chart.Figures.Count; i++)
        {
            var figure = chart.Figures[i];
            var top = i * RowHeight;
            var barWidth = max == 0 ? 0 : (double)(figure.Number!.Value / max) * (Width - ValueSpace);
            svg.Append($"<g class=\"chart-row\" data-key=\"{figure.Key}\">")
                .Append($"<text class=\"chart-label\" x=\"0\" y=\"{top + 16}\">{HtmlText.Encode(figure.Label)}")
                .Append($"<tspan class=\"chart-source\"> · {HtmlText.Encode(figure.ShortSource)}, {HtmlText.Encode(figure.Date.ToString())}</tspan></text>")
                .Append($"<rect class=\"chart-bar\" x=\"0\" y=\"{top + 24}\" width=\"{Number(Math.Max(barWidth, 2))}\" height=\"{BarHeight}\" rx=\"3\"></rect>")
                .Append($"<text class=\"chart-value\" x=\"{Number(barWidth + 8)}\" y=\"{top + 38}\">{HtmlText.Encode(figure.DisplayValue)}</text>")
                .Append("</g>");
        }

        svg.Append("</svg>");
        svg.Append($"<figcaption>{HtmlText.Encode(chart.Title)}");
        if (chart.Description is { } description)
        {
            svg.Append($" <span>{HtmlText.Encode(description)}</span>");
        }

        return svg.Append("</figcaption></figure>").ToString();
    }

    /// <summary>Every value in words, for readers who cannot see the bars.</summary>
    private static string Description(FigureChart chart) =>
        (chart.Description is null ? "" : chart.Description + " ")
        + string.Join("; ", chart.Figures.Select(f => $"{f.Label}: {f.DisplayValue} ({f.ShortSource}, {f.Date})")) + ".";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
