using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace MlEngineerSite.Content;

/// <summary>
/// Serves edits to the content folder without a restart. Changes (from file-system events, or a
/// periodic scan in polling mode) are debounced, then the whole folder is loaded and validated
/// into a new snapshot; only changed files are rendered again (<see cref="ArticleMemo"/>). A valid snapshot is published; an invalid one is logged with each
/// problem's <c>path:line</c> and refused, so readers keep the last good version until a fix arrives.
/// </summary>
public sealed partial class ContentReloader(
    ContentStore store,
    ArticleMemo memo,
    IOptions<ContentOptions> contentOptions,
    IConfiguration configuration,
    ILogger<ContentReloader> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ContentOptions _options = contentOptions.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogWarnings(store.State.Warnings); // Of the load before start-up, which had no logger yet.
        if (_options.Reload == ContentReloadMode.Off)
        {
            return;
        }

        using var watcher = _options.Reload == ContentReloadMode.Events ? Watch(store.Folder) : null;
        var current = ContentFingerprint.Of(store.Folder);
        var polling = _options.Reload == ContentReloadMode.Polling ? PollAsync(current, stoppingToken) : Task.CompletedTask;
        if (store.LoadedFingerprint is { } loaded && loaded != current)
        {
            // Edited after the start-up load but before the watching began (this service starts on the
            // thread pool, after the server): no event will come for that edit.
            _changes.Writer.TryWrite(true);
        }

        LogWatching(logger, _options.Reload);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await WaitUntilQuietAsync(stoppingToken);
                Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await polling;
    }

    /// <summary>Loads the folder; publishes the result if it is valid and no file changed while it was read.</summary>
    public void Reload()
    {
        var before = ContentFingerprint.Of(store.Folder);
        var (snapshot, problems) = ContentLoader.Load(store.Folder, ContentLoadOptions.Now(configuration), memo, store.Current.SearchSoFar);
        if (ContentFingerprint.Of(store.Folder) != before)
        {
            snapshot?.StopSearchBuild();
            _changes.Writer.TryWrite(true); // Still being written: try again once it is quiet.
            return;
        }

        if (snapshot is null)
        {
            foreach (var problem in problems.Where(p => p.Severity == ContentSeverity.Error))
            {
                LogProblem(logger, problem.ToString());
            }

            store.Reject(problems);
            LogRejected(logger, problems.Count(p => p.Severity == ContentSeverity.Error), store.Current.Version);
            return;
        }

        if (snapshot.Version == store.Current.Version)
        {
            snapshot.StopSearchBuild(); // Nothing changed after all (a file touched, not edited).
            return;
        }

        store.Publish(snapshot, problems);
        LogPublished(logger, snapshot.Version, snapshot.Articles.Count);
        LogWarnings(problems);
    }

    /// <summary>Warnings do not stop the content, but whoever runs the site should see them: a stale figure is an editor's task.</summary>
    private void LogWarnings(IReadOnlyList<ContentProblem> problems)
    {
        foreach (var warning in problems.Where(p => p.Severity == ContentSeverity.Warning))
        {
            LogWarning(logger, warning.ToString());
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => _changes.Writer.TryWrite(true);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Error += (_, e) => LogWatcherError(logger, e.GetException().Message);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private async Task PollAsync(string last, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.PollingIntervalMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = ContentFingerprint.Of(store.Folder);
                if (current != last)
                {
                    last = current;
                    _changes.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Waits until no change has arrived for the debounce interval, draining the ones that do.</summary>
    private async Task WaitUntilQuietAsync(CancellationToken stoppingToken)
    {
        var quiet = TimeSpan.FromMilliseconds(_options.ReloadDebounceMilliseconds);
        do
        {
            _changes.Reader.TryRead(out _);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(quiet);
            try
            {
                await _changes.Reader.WaitToReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return; // Quiet for the whole interval.
            }
        }
        while (true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching the content folder for edits ({Mode})")]
    private static partial void LogWatching(ILogger logger, ContentReloadMode mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded: version {Version}, {Articles} articles")]
    private static partial void LogPublished(ILogger logger, string version, int articles);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning: {Problem}")]
    private static partial void LogWarning(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content edit refused ({Errors} errors); still serving version {Version}")]
    private static partial void LogRejected(ILogger logger, int errors, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher failed: {Error}")]
    private static partial void LogWatcherError(ILogger logger, string error);
}
