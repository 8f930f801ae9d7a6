using System.Text.RegularExpressions;

namespace MlEngineerSite.Tests.Container;

/// <summary>The repository's Dockerfile, read as instructions (no container engine runs on these machines).</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(List<(string Instruction, string Arguments)> lines) => Lines = lines;

    public List<(string Instruction, string Arguments)> Lines { get; }

    public static Dockerfile Load()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        var lines = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? Spaces().Replace(p[1], " ").Trim() : ""))
            .ToList();
        return new Dockerfile(lines);
    }

    public IEnumerable<string> All(string instruction) => Lines.Where(l => l.Instruction == instruction).Select(l => l.Arguments);

    /// <summary>The instructions of the last stage: what the running image is made of.</summary>
    public List<(string Instruction, string Arguments)> FinalStage => Lines.Skip(Lines.FindLastIndex(l => l.Instruction == "FROM")).ToList();

    /// <summary>The final stage's ENV settings (<c>ENV A=1 B=2</c>).</summary>
    public Dictionary<string, string> Environment =>
        FinalStage.Where(l => l.Instruction == "ENV")
            .SelectMany(l => l.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
