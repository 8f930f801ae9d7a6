namespace MlEngineerSite.Content.Model;

/// <summary>Collects the problems found while loading one content folder.</summary>
public sealed class ContentDiagnostics
{
    private readonly List<ContentProblem> _problems = [];

    public IReadOnlyList<ContentProblem> Problems => _problems;

    /// <summary>Whether an error stops the folder from being published.</summary>
    public bool HasErrors => _problems.Exists(p => p.BlocksPublishing);

    public void Error(string path, int line, int column, string message, string? kind = null) =>
        _problems.Add(new ContentProblem(path, Math.Max(line, 1), Math.Max(column, 1), ContentSeverity.Error, message) { Kind = kind });

    /// <summary>An error for <c>check</c> (and for a strict server), but the server still publishes the folder.</summary>
    public void CheckError(string path, int line, int column, string message, string kind) =>
        _problems.Add(new ContentProblem(path, Math.Max(line, 1), Math.Max(column, 1), ContentSeverity.Error, message) { Kind = kind, BlocksPublishing = false });

    public void Warning(string path, int line, int column, string message, string? kind = null) =>
        _problems.Add(new ContentProblem(path, Math.Max(line, 1), Math.Max(column, 1), ContentSeverity.Warning, message) { Kind = kind });

    public void AddRange(IEnumerable<ContentProblem> problems) => _problems.AddRange(problems);

    /// <summary>Every warning (and every error that the server tolerates) made an error that stops publishing: <c>Content:Strict</c>.</summary>
    public void MakeStrict()
    {
        for (var i = 0; i < _problems.Count; i++)
        {
            _problems[i] = _problems[i] with { Severity = ContentSeverity.Error, BlocksPublishing = true };
        }
    }

    /// <summary>Keeps one problem of each kind that starts with <paramref name="kindPrefix"/>, the first, saying in how many other places it recurs.</summary>
    public void OncePerKind(string kindPrefix)
    {
        var repeated = _problems.Where(p => p.Kind?.StartsWith(kindPrefix, StringComparison.Ordinal) == true)
            .GroupBy(p => p.Kind!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToList();
        foreach (var group in repeated)
        {
            var ordered = group.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
            var files = ordered.Select(p => p.Path).Distinct(StringComparer.Ordinal).Count() - 1;
            _problems.RemoveAll(p => group.Contains(p));
            _problems.Add(ordered[0] with { Message = $"{ordered[0].Message} (also in {files} other file{(files == 1 ? "" : "s")})" });
        }
    }

    public IReadOnlyList<ContentProblem> Sorted() =>
        [.. _problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
}
