using System.Text.RegularExpressions;

namespace MlEngineerSite.Tests.Container;

/// <summary>
/// The Dockerfile's build stage, run the way <c>docker build</c> runs it but without a container
/// engine: its COPY lines copy from the repository (minus what <c>.dockerignore</c> excludes) into
/// an empty folder standing for WORKDIR, its ARGs take their defaults (or the given values), and its
/// RUN lines run there with bash, against an empty NuGet package folder as a fresh image has.
/// <c>/app</c>, the stage's output, is a temporary folder too.
/// </summary>
public sealed partial class BuildStage : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mlsite-build-" + Guid.NewGuid().ToString("N"));

    public BuildStage()
    {
        Directory.CreateDirectory(WorkDirectory);
        Directory.CreateDirectory(Packages);
        Directory.CreateDirectory(Output);
    }

    /// <summary>The stage's WORKDIR, where COPY puts the build context's files.</summary>
    public string WorkDirectory => Path.Combine(_root, "src");

    /// <summary>What the stage publishes to <c>/app</c>: the final stage's <c>COPY --from=build /app .</c>.</summary>
    public string Output => Path.Combine(_root, "app");

    private string Packages => Path.Combine(_root, "nuget");

    /// <summary>Runs every instruction of the first stage; the first RUN that fails is returned with its output.</summary>
    public async Task<(bool Succeeded, string Log)> RunAsync(Dockerfile dockerfile, IReadOnlyDictionary<string, string> buildArguments)
    {
        var ignore = DockerIgnore.Load(TestPaths.RepositoryRoot);
        // ARG values reach RUN lines as environment variables, beside a package folder of the stage's own.
        var environment = new Dictionary<string, string>(buildArguments)
        {
            ["NUGET_PACKAGES"] = Packages,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var stage = dockerfile.Lines.Skip(1).TakeWhile(l => l.Instruction != "FROM");
        foreach (var (instruction, text) in stage)
        {
            switch (instruction)
            {
                case "COPY":
                    var parts = text.Split(' ');
                    foreach (var source in parts[..^1])
                    {
                        Copy(source, parts[^1], ignore);
                    }

                    break;
                case "ARG":
                    var (name, value) = text.Split('=', 2) is [var n, var v] ? (n, v) : (text, "");
                    environment.TryAdd(name, value);
                    break;
                case "RUN":
                    var (exit, log) = await Command.RunAsync("bash", ["-c", text.Replace("-o /app", $"-o {Output}", StringComparison.Ordinal)], WorkDirectory, environment);
                    if (exit != 0)
                    {
                        return (false, $"RUN {text}\nexited with {exit}:\n{log}");
                    }

                    break;
            }
        }

        return (true, "");
    }

    private void Copy(string source, string destination, DockerIgnore ignore)
    {
        var from = Path.Combine(TestPaths.RepositoryRoot, source.TrimEnd('/'));
        var to = Path.Combine(WorkDirectory, destination);
        if (!Directory.Exists(from))
        {
            var target = destination.EndsWith('/') ? Path.Combine(to, Path.GetFileName(from)) : to;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(from, target, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (ignore.Excludes(Path.GetRelativePath(TestPaths.RepositoryRoot, file)))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }

    /// <summary><c>.dockerignore</c>'s patterns: <c>**</c>, <c>*</c>, a trailing <c>/</c> for a folder and what is under it, <c>!</c> to include again; the last match wins.</summary>
    private sealed partial class DockerIgnore(List<(Regex Pattern, bool Include)> patterns)
    {
        public static DockerIgnore Load(string root) =>
            new(File.ReadAllLines(Path.Combine(root, ".dockerignore"))
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => (ToRegex(l.TrimStart('!')), l.StartsWith('!')))
                .ToList());

        public bool Excludes(string relativePath)
        {
            var path = relativePath.Replace('\\', '/');
            var excluded = false;
            foreach (var (pattern, include) in patterns)
            {
                if (pattern.IsMatch(path))
                {
                    excluded = !include;
                }
            }

            return excluded;
        }

        private static Regex ToRegex(string pattern)
        {
            var body = Tokens().Replace(pattern.TrimEnd('/'), m => m.Value switch
            {
                "**/" => "(.*/)?",
                "**" => ".*",
                "*" => "[^/]*",
                "?" => "[^/]",
                var literal => Regex.Escape(literal),
            });
            return new Regex($"^{body}(/.*)?$", RegexOptions.CultureInvariant);
        }

        [GeneratedRegex(@"\*\*/|\*\*|\*|\?|[^*?]+")]
        private static partial Regex Tokens();
    }
}
