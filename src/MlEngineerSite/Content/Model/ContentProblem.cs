namespace MlEngineerSite.Content.Model;

public enum ContentSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One mistake in the content folder, located as <c>path:line:column</c> (path relative to the folder).
/// An error fails <c>check</c>; it also stops the server from publishing the folder unless
/// <see cref="BlocksPublishing"/> is false (a broken link between articles: the page is served with
/// the link as text). <see cref="Kind"/> groups like problems into one line of the server's log.
/// </summary>
public sealed record ContentProblem(string Path, int Line, int Column, ContentSeverity Severity, string Message)
{
    public bool BlocksPublishing { get; init; } = Severity == ContentSeverity.Error;

    /// <summary>What sort of problem this is, in a few words ("unknown key", "stale figure"); null: a kind of its own.</summary>
    public string? Kind { get; init; }

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == ContentSeverity.Error ? "error" : "warning")}: {Message}";
}
