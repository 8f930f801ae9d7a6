using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;
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

    /// <summary>The A/B's other side (<see cref="ComparisonOptions"/>): OutputCache, tagged per content version, with ResponseCompression inside it.</summary>
    private static void AddBuiltInCache(IServiceCollection services)
    {
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddBasePolicy(policy => policy.Cache().Expire(TimeSpan.FromDays(1)).SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding).Tag("content"));
        });
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.SmallestSize);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.SmallestSize);
    }

    /// <summary>Registers everything the site needs; the content is read when the host starts (<see cref="ContentStartup"/>).</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        environment.WebRootPath = SiteFolders.WebRoot;
        environment.WebRootFileProvider = new PhysicalFileProvider(environment.WebRootPath);

        var comparison = ComparisonOptions.From(builder.Configuration);
        builder.Services.AddSingleton(comparison);
        builder.AddSiteLogging();
        ListenOnTheDefaultAddressUnlessTold(builder);
        builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);
        builder.WebHost.UseSockets(InlineIO.Apply);
        var configuration = builder.Configuration;
        builder.Services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) => proxies.Value.Apply(forwarded));
        builder.Services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ResponseCacheOptions>().Bind(configuration.GetSection(ResponseCacheOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ResponseCache>();
        if (comparison.BuiltInCache)
        {
            AddBuiltInCache(builder.Services);
        }

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SiteJson.Default));
        builder.AddContent();
        builder.AddSearch();
        builder.Services.AddLocalization(); // IStringLocalizer<SiteText> in views: Localization/SiteText.resx and its translations.
        builder.Services.AddRazorPages();
        EphemeralKeys.Use(builder.Services);
        return builder;
    }
}
