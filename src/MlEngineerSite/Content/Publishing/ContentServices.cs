using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Content.Publishing;

public static class ContentServices
{
    /// <summary>
    /// The content store, read when the host starts (<see cref="ContentStartup"/>), and the live
    /// reloader that follows the folder's edits.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FiguresOptions>().Bind(configuration.GetSection(FiguresOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(services =>
            new ContentStore(SiteFolders.ContentFolder(contentRoot, services.GetRequiredService<IOptions<ContentOptions>>().Value.Path), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ArticleMemo>();
        builder.Services.AddHostedService<ContentStartup>();
        builder.Services.AddSingleton<ContentReloader>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentReloader>());
        return builder;
    }
}
