using MlEngineerSite.Figures;
using MlEngineerSite.Hosting;
using MlEngineerSite.Search;

namespace MlEngineerSite.Content;

public static class ContentServices
{
    /// <summary>
    /// Loads the content folder once, before the server starts (errors stop start-up with a
    /// <see cref="ContentValidationException"/>), and registers the store and the live reloader.
    /// The search index is built in the background, so the first pages do not wait for it.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var contentSection = builder.Configuration.GetSection(ContentOptions.SectionName);
        var figuresSection = builder.Configuration.GetSection(FiguresOptions.SectionName);
        builder.Services.AddOptions<ContentOptions>().Bind(contentSection);
        builder.Services.AddOptions<FiguresOptions>().Bind(figuresSection).ValidateDataAnnotations().ValidateOnStart();

        var contentOptions = contentSection.Get<ContentOptions>() ?? new();
        var folder = SitePaths.ContentFolder(builder.Environment.ContentRootPath, contentOptions.Path);
        var memo = new ArticleMemo();
        var fingerprint = ContentFingerprint.Of(folder);
        var (snapshot, problems) = ContentLoader.Load(folder, ContentLoadOptions.Now(builder.Configuration), memo, SearchIndex.Pending);
        if (snapshot is null)
        {
            throw new ContentValidationException(folder, problems);
        }

        builder.Services.AddSingleton(new ContentStore(folder, snapshot, warnings: problems, loadedFingerprint: fingerprint));
        builder.Services.AddSingleton(memo);
        builder.Services.AddSingleton<ContentReloader>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentReloader>());
        return builder;
    }
}
