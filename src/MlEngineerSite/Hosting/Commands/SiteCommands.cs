using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// The executable's own commands, chosen by its first argument; no argument, or settings only
/// (<c>--urls ...</c>, <c>Key=value</c>), starts the server; <c>help</c> lists the commands, and any other word is refused.
/// <c>check [PATH]</c> validates a content folder; <c>figures [PATH]</c> lists its figures, oldest first;
/// <c>anchors [PATH]</c> adds new section IDs and articles to its registers;
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

        try
        {
            return Run(args, output, errors);
        }
        catch (Exception e) when (StartupFailure.Message(e) is { } message)
        {
            errors.WriteLine(message); // A setting out of range, named as the server names it.
            return 2;
        }
    }

    private static int? Run(string[] args, TextWriter output, TextWriter errors)
    {
        var argument = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var options = args[0] is "check" or "figures" or "anchors" ? LoadOptions(args, errors) : null;
        if (args[0] is "check" or "figures" or "anchors" && options is null)
        {
            return 2;
        }

        return args[0] switch
        {
            "check" => CheckCommand.Run(argument ?? DefaultContentFolder(), options!, strict: args.Contains("--strict"), output),
            "figures" => FiguresCommand.Run(argument ?? DefaultContentFolder(), options!, output),
            "anchors" => AnchorsCommand.Run(argument ?? DefaultContentFolder(), options!, output, errors),
            "healthcheck" => HealthCheckCommand.Run(argument, output),
            "export" when argument is null => Usage(errors, "export DIR: the folder to write the static site to"),
            "export" => ExportCommand.Run(argument, args[2..], output),
            "help" or "-h" or "--help" or "-?" => Help(output),
            var word when IsCommandWord(word) => Unknown(word, errors),
            _ => null,
        };
    }

    /// <summary>The settings from the environment, with <c>--today YYYY-MM-DD</c> standing for today (so a CI run can fix the date).</summary>
    private static ContentLoadOptions? LoadOptions(string[] args, TextWriter errors)
    {
        var options = LoadOptions();
        var at = Array.IndexOf(args, "--today");
        if (at < 0)
        {
            return options;
        }

        if (at + 1 < args.Length && DateOnly.TryParseExact(args[at + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var today))
        {
            return options with { Today = today, Now = null }; // Scheduled articles are judged at the start of that day (UTC).
        }

        Usage(errors, "--today YYYY-MM-DD: the date to judge figures' age and scheduled articles by (and, for anchors, to register new articles under)");
        return null;
    }

    /// <summary>Today, with the same content and figure settings the server reads, checked the same way.</summary>
    public static ContentLoadOptions LoadOptions() => ContentLoadOptions.From(
        SettingsCheck.Valid(Settings.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new(), ContentOptions.SectionName),
        SettingsCheck.Valid(Settings.GetSection(Figures.Reading.FiguresOptions.SectionName).Get<Figures.Reading.FiguresOptions>() ?? new(), Figures.Reading.FiguresOptions.SectionName),
        TimeProvider.System,
        SettingsCheck.Valid(Settings.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new(), SiteOptions.SectionName));

    /// <summary>
    /// A word in the command's place. Settings look different: <c>--key value</c>, <c>-k</c>, <c>/key</c>
    /// or <c>key=value</c> (ASP.NET Core's command-line configuration), so a typo like <c>chek</c>
    /// is refused instead of starting a server that ignores it.
    /// </summary>
    private static bool IsCommandWord(string argument) =>
        argument.Length > 0 && argument[0] is not ('-' or '/') && !argument.Contains('=', StringComparison.Ordinal);

    private static int Unknown(string word, TextWriter errors)
    {
        errors.WriteLine($"error: '{word}' is not a command. Run 'help' for the list; start the server with no command.");
        return 2;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            MlEngineerSite: serves a content folder of Markdown articles and data files.

            Commands (the first argument):
              (none)                  start the server on Content__Path (default: the bundled content)
              preview                 start the server in preview mode: pages reload when a file is saved
              check [PATH]            validate a content folder; --strict fails on warnings too;
                                      --today YYYY-MM-DD judges figures' age and schedules by that date
              figures [PATH]          list the figures with their sources, oldest first (--today as above)
              anchors [PATH]          add new section IDs and articles to the registers (--today as above)
              export DIR              write the whole site as static files to DIR (set Site__BaseUrl first)
              healthcheck [URL]       ask a running server whether it is ready (exit 0 if it is)
              help                    this list

            Settings come from the environment (Content__Path, Site__Language...) or as --Key value
            after the command; the README's "Configuration" lists them.
            """);
        return 0;
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
            : SiteFolders.BundledContent;
}
