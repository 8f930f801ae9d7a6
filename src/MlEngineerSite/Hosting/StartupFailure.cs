namespace MlEngineerSite.Hosting;

/// <summary>
/// What a self-hoster reads when the server cannot start because of their input (content, settings,
/// folders, a port in use): one message naming the problem, never a stack trace. Null for a defect,
/// which should crash loudly.
/// </summary>
public static class StartupFailure
{
    public static string? Message(Exception exception) => exception switch
    {
        Content.Publishing.ContentValidationException => exception.Message,
        Microsoft.Extensions.Options.OptionsValidationException invalid => $"A setting is not valid: {string.Join(" ", invalid.Failures)}",
        DirectoryNotFoundException missing => $"A folder the site needs does not exist: {missing.Message}",
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } inUse =>
            $"{inUse.Message} Stop the other server or choose another port (ASPNETCORE_HTTP_PORTS or --urls).",
        _ => null,
    };
}
