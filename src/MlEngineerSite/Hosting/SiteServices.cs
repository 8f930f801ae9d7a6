using Microsoft.Extensions.FileProviders;
using MlEngineerSite.Content;
using MlEngineerSite.Figures;
using Serilog;

namespace MlEngineerSite.Hosting;

public static class SiteServices
{
    /// <summary>
    /// Registers everything the site needs and loads the content once, before the server starts:
    /// content with errors stops start-up with a <see cref="ContentValidationException"/>.
    /// </summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        environment.WebRootPath = SitePaths.Find(environment.ContentRootPath, "wwwroot");
        environment.WebRootFileProvider = new PhysicalFileProvider(environment.WebRootPath);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var contentOptions = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new();
        var figuresOptions = builder.Configuration.GetSection(FiguresOptions.SectionName).Get<FiguresOptions>() ?? new();
        var folder = SitePaths.ContentFolder(environment.ContentRootPath, contentOptions.Path);
        var (snapshot, problems) = ContentLoader.Load(folder, ContentLoadOptions.Now(figuresOptions.StaleAfterYears));
        if (snapshot is null)
        {
            throw new ContentValidationException(problems);
        }

        builder.Services.AddSingleton(new ContentStore(folder, snapshot));
        builder.Services.AddRazorPages();
        return builder;
    }
}
