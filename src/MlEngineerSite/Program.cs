using MlEngineerSite.Hosting;
using MlEngineerSite.Hosting.Commands;

// The machine's locale (LANG) never decides what the site writes: pages and loads run in the site's
// language (Localization/SiteLanguage), and everything else (commands, the check's messages, logs)
// in the invariant culture.
MlEngineerSite.Localization.SiteLanguage.IgnoreTheMachinesLocale();

// `preview` is the server in preview mode (SiteOptions.Preview), for editors.
if (args is ["preview", .. var rest])
{
    args = [.. rest, "--Site:Preview=true"];
}

if (SiteCommands.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

try
{
    var app = WebApplication.CreateBuilder(args).AddSite().Build();
    app.UseSite().MapSite();
    app.Run();
    return 0;
}
catch (Exception e) when (StartupFailure.Message(e) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}

public partial class Program;
