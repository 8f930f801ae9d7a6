namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// The executable's own commands, chosen by its first argument; anything else starts the server.
/// <c>check [PATH]</c> validates a content folder; <c>anchors [PATH]</c> adds new section IDs to its register;
/// <c>healthcheck [URL]</c> asks a running server whether it is ready; <c>export DIR</c> writes the site as static files.
/// </summary>
public static class SiteCommands
{
    /// <summary>The same settings the server reads from the environment (Figures__StaleAfterYears, Content__MaxFileBytes...).</summary>
    public static IConfiguration Settings { get; } = new ConfigurationBuilder().AddEnvironmentVariables().Build();

    public static int? TryRun(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var argument = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        return args[0] switch
        {
            "check" => CheckCommand.Run(argument ?? DefaultContentFolder(), strict: args.Contains("--strict"), output),
            "anchors" => AnchorsCommand.Run(argument ?? DefaultContentFolder(), output, errors),
            "healthcheck" => HealthCheckCommand.Run(argument, output),
            "export" when argument is null => Usage(errors, "export DIR: the folder to write the static site to"),
            "export" => ExportCommand.Run(argument, args[2..], output),
            _ => null,
        };
    }

    private static int Usage(TextWriter errors, string message)
    {
        errors.WriteLine($"usage: {message}");
        return 2;
    }

    /// <summary>The folder the server would serve: Content__Path, else the bundled content.</summary>
    private static string DefaultContentFolder() =>
        Environment.GetEnvironmentVariable("Content__Path") is { Length: > 0 } configured
            ? configured
            : SitePaths.Find(AppContext.BaseDirectory, "content");
}
