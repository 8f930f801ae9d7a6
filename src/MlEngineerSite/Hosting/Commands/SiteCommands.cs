namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// The executable's own commands, chosen by its first argument; anything else starts the server.
/// <c>check [PATH]</c> validates a content folder; <c>anchors [PATH]</c> adds new section IDs to its register.
/// </summary>
public static class SiteCommands
{
    public static int? TryRun(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var folder = args.Length > 1 ? args[1] : DefaultContentFolder();
        return args[0] switch
        {
            "check" => CheckCommand.Run(folder, strict: args.Contains("--strict"), output),
            "anchors" => AnchorsCommand.Run(folder, output, errors),
            _ => null,
        };
    }

    /// <summary>The folder the server would serve: Content__Path, else the bundled content.</summary>
    private static string DefaultContentFolder() =>
        Environment.GetEnvironmentVariable("Content__Path") is { Length: > 0 } configured
            ? configured
            : SitePaths.Find(AppContext.BaseDirectory, "content");
}
