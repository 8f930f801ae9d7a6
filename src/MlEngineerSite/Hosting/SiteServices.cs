using Microsoft.Extensions.FileProviders;
using MlEngineerSite.Content;
using MlEngineerSite.Hosting.Caching;
using MlEngineerSite.Hosting.Logging;
using MlEngineerSite.Hosting.Security;
using MlEngineerSite.Search;

namespace MlEngineerSite.Hosting;

public static class SiteServices
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// <c>dotnet run</c> listens on <see cref="DefaultUrl"/> when nothing else says where: every way of
    /// saying it (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls, Kestrel endpoints) wins. A launch
    /// profile would win over the environment instead, so the project has none.
    /// </summary>
    private static void ListenOnTheDefaultAddressUnlessTold(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    /// <summary>Registers everything the site needs; the content is loaded here, before the server starts.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        environment.WebRootPath = SiteFolders.WebRoot;
        environment.WebRootFileProvider = new PhysicalFileProvider(environment.WebRootPath);

        builder.AddSiteLogging();
        ListenOnTheDefaultAddressUnlessTold(builder);
        builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);
        builder.WebHost.UseSockets(InlineIO.Apply);
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var proxies = builder.Configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new();
        proxies.Apply(new ForwardedHeadersOptions()); // A malformed entry stops start-up, not the first request.
        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(proxies.Apply);

        builder.Services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.SectionName));
        builder.Services.AddOptions<ResponseCacheOptions>()
            .Bind(builder.Configuration.GetSection(ResponseCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ResponseCache>();

        builder.AddContent();
        builder.AddSearch();
        builder.Services.AddRazorPages();
        EphemeralKeys.Use(builder.Services);
        return builder;
    }
}
