using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>check [PATH]</c>: validates a content folder without serving it, for a self-hoster's CI.
/// Prints each problem as <c>path:line:column: error|warning: message</c>; exits 1 on any error
/// (with <c>--strict</c>, on any warning too), 0 otherwise.
/// </summary>
public static class CheckCommand
{
    public static int Run(string folder, ContentLoadOptions options, bool strict, TextWriter output)
    {
        var (_, problems) = ContentLoader.Load(folder, options);
        ProblemPrinter.Print(output, folder, problems);

        var errors = problems.Count(p => p.Severity == ContentSeverity.Error);
        var warnings = problems.Count - errors;
        output.WriteLine($"{folder}: {errors} error(s), {warnings} warning(s)");
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }
}
