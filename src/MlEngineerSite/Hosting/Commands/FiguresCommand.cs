using System.Globalization;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>figures [PATH]</c>: every figure in the content folder's data file with its date and age,
/// oldest first, so an editor sees what to refresh next. Exits 1 when the data file has errors.
/// </summary>
public static class FiguresCommand
{
    public static int Run(string folder, ContentLoadOptions options, TextWriter output)
    {
        var diagnostics = new ContentDiagnostics();
        using var files = new ContentFiles(ContentTree.Walk(folder), options.MaxFileBytes, diagnostics);
        var text = files.Exists(FiguresFileReader.RelativePath) ? files.Read(FiguresFileReader.RelativePath) : null;
        var catalog = text is null ? new FigureCatalog([]) : FiguresFileReader.Read(text, null, options.FigureAge, diagnostics);
        ProblemPrinter.Print(output, folder, diagnostics.Problems.Where(p => p.Severity == ContentSeverity.Error));

        var figures = catalog.All.OrderBy(f => f.Date.LatestDay).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        output.WriteLine($"{"age",-7} {"date",-10} {"key",-36} source");
        foreach (var figure in figures)
        {
            output.WriteLine($"{Age(figure, options),-7} {figure.Date.ToIsoString(),-10} {figure.Key,-36} {figure.ShortSource}{(figure.IsStale ? " (stale)" : "")}");
        }

        var stale = figures.Count(f => f.IsStale);
        output.WriteLine(figures.Count == 0
            ? $"{folder}: no figures"
            : $"{folder}: {figures.Count} figure(s), the oldest from {figures[0].Date} ({Age(figures[0], options)} old); {stale} older than {options.StaleAfterYears} years (Figures__StaleAfterYears)");
        return diagnostics.HasErrors ? 1 : 0;
    }

    /// <summary>Years since the last day the figure can refer to, to one decimal ("2.6 y").</summary>
    private static string Age(Figure figure, ContentLoadOptions options)
    {
        var days = options.Today.DayNumber - figure.Date.LatestDay.DayNumber;
        return (Math.Max(0, days) / 365.25).ToString("0.0", CultureInfo.InvariantCulture) + " y";
    }
}
