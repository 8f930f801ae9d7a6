namespace MlEngineerSite.Content;

/// <summary>Collects the problems found while loading one content folder.</summary>
public sealed class ContentDiagnostics
{
    private readonly List<ContentProblem> _problems = [];

    public IReadOnlyList<ContentProblem> Problems => _problems;

    public bool HasErrors => _problems.Exists(p => p.Severity == ContentSeverity.Error);

    public void Error(string path, int line, int column, string message) =>
        _problems.Add(new ContentProblem(path, Math.Max(line, 1), Math.Max(column, 1), ContentSeverity.Error, message));

    public void Warning(string path, int line, int column, string message) =>
        _problems.Add(new ContentProblem(path, Math.Max(line, 1), Math.Max(column, 1), ContentSeverity.Warning, message));

    public void AddRange(IEnumerable<ContentProblem> problems) => _problems.AddRange(problems);

    public IReadOnlyList<ContentProblem> Sorted() =>
        [.. _problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
}
