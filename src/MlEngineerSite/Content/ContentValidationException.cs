namespace MlEngineerSite.Content;

/// <summary>Thrown when a content folder has errors; its message lists each as <c>path:line:column: error: message</c>.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentProblem> problems)
    : Exception(FormatMessage(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string FormatMessage(IReadOnlyList<ContentProblem> problems) =>
        "The content folder has errors:" + Environment.NewLine + string.Join(Environment.NewLine, problems);
}
