using System.Text;
using MlEngineerSite.Content;

namespace MlEngineerSite.Figures;

/// <summary>The HTML for figures inside articles: an inline citation, a table of figures, the comparison table.</summary>
public static class FigureHtml
{
    public static string Inline(Figure figure) =>
        $"<span class=\"fig\">{Value(figure)} <span class=\"fig-cite\">({SourceLink(figure, figure.ShortSource)}, {Date(figure.Date)}{Stale(figure, "; ")})</span></span>";

    /// <summary>The visible note on a figure older than the configured age, after its date.</summary>
    private static string Stale(Figure figure, string separator) =>
        figure.IsStale ? $"{separator}<span class=\"stale-note\">{Figure.StaleNote}</span>" : "";

    public static string Table(FigureTable table)
    {
        var html = new StringBuilder();
        // IDs of page furniture carry a capital letter; heading IDs are lower case, so they never collide.
        html.Append($"<figure class=\"data-table\" id=\"Figures-{table.Id}\">");
        html.Append($"<figcaption><strong>{HtmlText.Encode(table.Title)}</strong>");
        if (table.Description is { } description)
        {
            html.Append($" <span>{HtmlText.Encode(description)}</span>");
        }

        var allStale = Figure.AllStale(table.Figures);
        if (allStale)
        {
            html.Append($" <span class=\"stale-note\">{Figure.StaleNoteForAll}</span>");
        }

        html.Append("</figcaption><table class=\"stack\"><thead><tr>")
            .Append("<th scope=\"col\">Figure</th><th scope=\"col\">Value</th><th scope=\"col\">Date</th><th scope=\"col\">Source</th>")
            .Append("</tr></thead><tbody>");
        foreach (var figure in table.Figures)
        {
            html.Append($"<tr id=\"Figure-{figure.Key}\"><th scope=\"row\">{HtmlText.Encode(figure.Label)}");
            var detail = string.Join("; ", new[] { figure.Measures, figure.Geography }.Where(s => s is not null));
            if (detail.Length > 0)
            {
                html.Append($"<span class=\"detail\">{HtmlText.Encode(detail)}</span>");
            }

            html.Append($"</th><td data-label=\"Value\" class=\"value\">{Value(figure)}");
            if (figure.Qualifier is { } qualifier)
            {
                html.Append($"<span class=\"detail\">{HtmlText.Encode(qualifier)}</span>");
            }

            html.Append($"</td><td data-label=\"Date\">{Date(figure.Date)}");
            if (figure.Period is { } period)
            {
                html.Append($"<span class=\"detail\">{HtmlText.Encode(period)}</span>");
            }

            if (figure.IsStale && !allStale)
            {
                html.Append($"<span class=\"detail stale-note\">{Figure.StaleNote}</span>");
            }

            html.Append($"</td><td data-label=\"Source\">{SourceLink(figure, figure.Source)}</td></tr>");
        }

        return html.Append("</tbody></table></figure>").ToString();
    }

    public static string Comparison(ComparisonTable comparison)
    {
        var html = new StringBuilder();
        html.Append("<figure class=\"data-table comparison\"><table class=\"stack\">")
            .Append($"<caption>{HtmlText.Encode(comparison.Caption)}</caption><thead><tr><td></td>");
        foreach (var column in comparison.Columns)
        {
            html.Append($"<th scope=\"col\">{HtmlText.Encode(column)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in comparison.Rows)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlText.Encode(row.Topic)}</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append($"<td data-label=\"{HtmlText.Encode(comparison.Columns[i])}\">{HtmlText.Encode(row.Cells[i])}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (comparison.Source is { } source)
        {
            var named = comparison.SourceUrl is { } url
                ? $"<a href=\"{HtmlText.Encode(url)}\">{HtmlText.Encode(source)}</a>"
                : HtmlText.Encode(source);
            html.Append($"<figcaption class=\"table-source\">Source: {named}</figcaption>");
        }

        return html.Append("</figure>").ToString();
    }

    /// <summary>
    /// Figures side by side. A row whose figures share a date shows it once with the row's label;
    /// otherwise every cell shows its own date, so a table never mixes dates without saying so.
    /// </summary>
    public static string Grid(FigureGrid grid)
    {
        var html = new StringBuilder();
        var figures = grid.Figures.ToList();
        html.Append($"<figure class=\"data-table side-by-side\" id=\"Figures-{grid.Id}\"><table class=\"stack\"><caption><strong>{HtmlText.Encode(grid.Title)}</strong>");
        if (grid.Description is { } description)
        {
            html.Append($" <span>{HtmlText.Encode(description)}</span>");
        }

        var allStale = Figure.AllStale(figures);
        if (allStale)
        {
            html.Append($" <span class=\"stale-note\">{Figure.StaleNoteForAll}</span>");
        }

        html.Append("</caption><thead><tr><td></td>");
        foreach (var column in grid.Columns)
        {
            html.Append($"<th scope=\"col\">{HtmlText.Encode(column)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in grid.Rows)
        {
            var shared = row.SharedDate;
            html.Append($"<tr><th scope=\"row\">{HtmlText.Encode(row.Label)}");
            if (shared is { } date)
            {
                html.Append($"<span class=\"detail\">{Date(date)}</span>");
            }

            html.Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append($"<td data-label=\"{HtmlText.Encode(grid.Columns[i])}\" class=\"value\">");
                if (row.Cells[i] is not { } figure)
                {
                    html.Append("<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">no figure published</span></td>");
                    continue;
                }

                html.Append(Value(figure));
                if (figure.Qualifier is { } qualifier)
                {
                    html.Append($"<span class=\"detail\">{HtmlText.Encode(qualifier)}</span>");
                }

                if (shared is null)
                {
                    html.Append($"<span class=\"detail\">{Date(figure.Date)}</span>");
                }

                if (figure.IsStale && !allStale)
                {
                    html.Append($"<span class=\"detail stale-note\">{Figure.StaleNote}</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><figcaption class=\"table-source\">Sources: ");
        var sources = figures.GroupBy(f => (f.Source, f.SourceUrl)).Select(g => SourceLink(g.First(), g.Key.Source));
        return html.Append(string.Join("; ", sources)).Append("</figcaption></figure>").ToString();
    }

    private static string Value(Figure figure) =>
        $"<data value=\"{HtmlText.Encode(figure.NumberText)}\">{HtmlText.Encode(figure.DisplayValue)}</data>";

    public static string Date(FigureDate date) =>
        $"<time datetime=\"{date.ToIsoString()}\">{date}</time>";

    private static string SourceLink(Figure figure, string text) =>
        figure.SourceUrl is { } url
            ? $"<a href=\"{HtmlText.Encode(url)}\">{HtmlText.Encode(text)}</a>"
            : HtmlText.Encode(text);
}
