using Microsoft.AspNetCore.DataProtection;

namespace MlEngineerSite.Hosting;

/// <summary>
/// Razor Pages registers ASP.NET Core data protection, for the antiforgery tokens of POST forms.
/// By default it keeps a key ring in the home directory, made when the app starts: in every new
/// container that wrote a key file and logged two warnings (the key is unencrypted, and it will not
/// survive the container), and it cost tens of milliseconds before the first page
/// (bench/README.md). The site has no POST form and protects no data, so its keys are kept in
/// memory instead, made only if something ever asks, and the start-up service that made the key
/// ring is dropped. ASP.NET Core 10 offers no supported switch for that service (its maintainers
/// made it always run, dotnet/aspnetcore#3774), so it is found by its type's name, and the test
/// ServingPages_WritesNoKeyFiles_AndLogsNoKeyWarnings fails if a new version renames it.
/// </summary>
internal static class EphemeralKeys
{
    private const string KeyRingAtStartup = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static void Use(IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == KeyRingAtStartup).ToList())
        {
            services.Remove(hosted);
        }
    }
}
