using MlEngineerSite.Content.Files;
using MlEngineerSite.Figures;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Content;

public static class ContentServices
{
    /// <summary>
    /// Loads the content folder once, before the server starts (errors stop start-up with a
    /// <see cref="ContentValidationException"/>), and registers the store and the live reloader.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var contentSection = builder.Configuration.GetSection(ContentOptions.SectionName);
        var figuresSection = builder.Configuration.GetSection(FiguresOptions.SectionName);
        builder.Services.AddOptions<ContentOptions>().Bind(contentSection).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FiguresOptions>().Bind(figuresSection).ValidateDataAnnotations().ValidateOnStart();

        var contentOptions = contentSection.Get<ContentOptions>() ?? new();
        var folder = SiteFolders.ContentFolder(builder.Environment.ContentRootPath, contentOptions.Path);
        var memo = new ArticleMemo();
        var tree = ContentTree.Walk(folder);
        var (snapshot, problems) = ContentLoader.Load(tree, ContentLoadOptions.Now(builder.Configuration), memo);
        for (var retry = 0; snapshot is null && retry < 3 && ContentTree.Walk(folder) is var now && now.Fingerprint() != tree.Fingerprint(); retry++)
        {
            // Files changed while they were read (a copy still in progress): what failed may be fine now.
            tree = now;
            (snapshot, problems) = ContentLoader.Load(tree, ContentLoadOptions.Now(builder.Configuration), memo);
        }
        if (snapshot is null)
        {
            throw new ContentValidationException(folder, problems);
        }

        builder.Services.AddSingleton(new ContentStore(folder, snapshot, warnings: problems, loadedFingerprint: tree.Fingerprint()));
        builder.Services.AddSingleton(memo);
        builder.Services.AddSingleton<ContentReloader>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentReloader>());
        return builder;
    }
}
