using MlEngineerSite.Content;
using MlEngineerSite.Hosting;
using MlEngineerSite.Hosting.Commands;

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
catch (Exception e) when (e is ContentValidationException or SiteConfigurationException)
{
    // Content and settings are the self-hoster's input: name each problem, no stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"{e.Message} Stop the other server or choose another port (ASPNETCORE_HTTP_PORTS or --urls).");
    return 1;
}

public partial class Program;
