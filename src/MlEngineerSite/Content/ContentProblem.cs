namespace MlEngineerSite.Content;

public enum ContentSeverity
{
    Warning,
    Error,
}

/// <summary>One mistake in the content folder, located as <c>path:line:column</c> (path relative to the folder).</summary>
public sealed record ContentProblem(string Path, int Line, int Column, ContentSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == ContentSeverity.Error ? "error" : "warning")}: {Message}";
}
