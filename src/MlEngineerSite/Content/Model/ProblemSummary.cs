namespace MlEngineerSite.Content.Model;

/// <summary>
/// Problems the server publishes anyway (warnings, and links that <c>check</c> fails on), as the
/// server logs them: one line per kind with a count, so the log's own lines are not buried under
/// one line per stale figure. <c>check</c> prints every problem.
/// </summary>
public static class ProblemSummary
{
    public static IEnumerable<string> Lines(IEnumerable<ContentProblem> problems) =>
        problems.Where(p => !p.BlocksPublishing)
            .GroupBy(p => p.Kind ?? p.Message, StringComparer.Ordinal)
            .Select(group => group.Count() == 1
                ? group.First().ToString()
                : $"{group.Count()} × {group.Key}: {group.First()} (and {group.Count() - 1} more; 'check' lists them all)");
}
