using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Publishing;

/// <summary>Thrown when a content folder has errors; its message lists each as <c>path:line:column: error: message</c>.</summary>
public sealed class ContentValidationException(string folder, IReadOnlyList<ContentProblem> problems)
    : Exception(FormatMessage(folder, problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string FormatMessage(string folder, IReadOnlyList<ContentProblem> problems) =>
        $"The content folder {folder} has errors (paths are relative to it):" + Environment.NewLine + string.Join(Environment.NewLine, problems);
}
