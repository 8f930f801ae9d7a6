using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>Prints content problems with paths as the user gave the folder, so editors and CI logs can jump to them.</summary>
public static class ProblemPrinter
{
    public static void Print(TextWriter writer, string folder, IEnumerable<ContentProblem> problems)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem with { Path = problem.Path == "." ? folder : Path.Combine(folder, problem.Path) });
        }
    }
}
