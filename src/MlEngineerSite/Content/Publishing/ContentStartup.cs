using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// Reads the content folder when the host starts, before the server accepts a request: errors stop
/// start-up with a <see cref="ContentValidationException"/> that names every problem. A folder that
/// changes while it is read (a copy still in progress) is read again, up to three times.
/// </summary>
public sealed class ContentStartup(
    ContentStore store, ArticleMemo memo, IOptions<ContentOptions> content, IOptions<FiguresOptions> figures, IOptions<SiteOptions> site, TimeProvider clock) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (store.IsLoaded)
        {
            return Task.CompletedTask; // Made with its content (a test's own store).
        }

        var options = ContentLoadOptions.From(content.Value, figures.Value, clock, site.Value);
        var tree = ContentTree.Walk(store.Folder);
        var (snapshot, problems) = ContentLoader.Load(tree, options, memo);
        for (var retry = 0; snapshot is null && retry < 3 && ContentTree.Walk(store.Folder) is var now && now.Fingerprint() != tree.Fingerprint(); retry++)
        {
            tree = now;
            (snapshot, problems) = ContentLoader.Load(tree, options, memo);
        }

        if (snapshot is null)
        {
            throw new ContentValidationException(store.Folder, problems);
        }

        store.LoadInitial(snapshot, problems, tree.Fingerprint());
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
