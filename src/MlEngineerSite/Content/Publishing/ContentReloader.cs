using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// Serves edits to the content folder without a restart. Changes (from file-system events, or a
/// periodic scan in polling mode) are debounced, then the whole folder is loaded and validated
/// into a new snapshot; only changed files are rendered again (<see cref="ArticleMemo"/>). A valid
/// snapshot is published; an invalid one is logged with each problem's <c>path:line</c> and refused,
/// so readers keep the last good version until a fix arrives.
/// Nothing a folder holds can stop this service: a load that throws, or takes longer than
/// <see cref="ContentOptions.ReloadTimeoutSeconds"/>, is a refused edit, and a watcher that fails is
/// started again. A file written in pieces is published once it has stopped changing
/// (<see cref="ContentOptions.SettleMilliseconds"/>), not one piece at a time.
/// </summary>
public sealed partial class ContentReloader(
    ContentStore store,
    ArticleMemo memo,
    IOptions<ContentOptions> contentOptions,
    IOptions<Figures.Reading.FiguresOptions> figuresOptions,
    IOptions<SiteOptions> siteOptions,
    TimeProvider clock,
    ILogger<ContentReloader> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ContentOptions _options = contentOptions.Value;
    private ArticleMemo _memo = memo;
    private volatile bool _watcherFailed;
    private ITimer? _schedule;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogWarnings(store.State.Warnings); // Of the load before start-up, which had no logger yet.
        ScheduleNextChange();
        var watching = _options.Reload != ContentReloadMode.Off; // Off: only scheduled articles still come and go.
        var watcher = watching && _options.Reload == ContentReloadMode.Events ? Watch(store.Folder) : null;
        var polling = watching && (_options.Reload == ContentReloadMode.Polling || watcher is null) ? PollAsync(stoppingToken) : Task.CompletedTask;
        if (watching && store.LoadedFingerprint is { } loaded && loaded != ContentTree.Walk(store.Folder).Fingerprint())
        {
            // Edited after the start-up load but before the watching began (this service starts on the
            // thread pool, after the server): no event will come for that edit.
            _changes.Writer.TryWrite(true);
        }

        if (watching)
        {
            LogWatching(logger, watcher is null ? ContentReloadMode.Polling : _options.Reload);
        }

        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await WaitUntilQuietAsync(stoppingToken);
                if (_watcherFailed && watcher is not null)
                {
                    watcher.Dispose();
                    watcher = Watch(store.Folder); // Events may have been lost: the reload below reads the whole folder anyway.
                }

                await ReloadAsync(stoppingToken);
                ScheduleNextChange();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            watcher?.Dispose();
            _schedule?.Dispose();
        }

        await polling;
    }

    /// <summary>
    /// Reads the folder again when the next scheduled article goes live or is taken down, by the
    /// injected clock, so it appears at its time with no edit and no restart. A timer waits at most
    /// about 49 days; a later time is looked at again then.
    /// </summary>
    private void ScheduleNextChange()
    {
        _schedule?.Dispose();
        _schedule = null;
        if (store.Current.NextScheduledChange is not { } next)
        {
            return;
        }

        var delay = next - clock.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestTimerDelay ? LongestTimerDelay : delay;
        _schedule = clock.CreateTimer(_ => _changes.Writer.TryWrite(true), null, delay, Timeout.InfiniteTimeSpan);
        LogScheduled(logger, next);
    }

    private static readonly TimeSpan LongestTimerDelay = TimeSpan.FromDays(45);

    /// <summary>
    /// Loads the folder on the thread pool, within the reload timeout; whatever goes wrong becomes a
    /// refused edit, never an exception out of this service (which would stop the host).
    /// </summary>
    public async Task ReloadAsync(CancellationToken stoppingToken = default)
    {
        var timeout = TimeSpan.FromSeconds(_options.ReloadTimeoutSeconds);
        var loadMemo = _memo;
        try
        {
            await Task.Run(() => Reload(loadMemo), stoppingToken).WaitAsync(timeout, stoppingToken);
        }
        catch (TimeoutException)
        {
            // The load goes on in the background and its result is dropped; the next one starts afresh,
            // since a memo serves one load at a time.
            _memo = new ArticleMemo();
            Refuse($"reading the content folder took longer than {_options.ReloadTimeoutSeconds} s (Content__ReloadTimeoutSeconds), so the edit was not published");
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogReloadFailed(logger, e);
            Refuse($"the content folder could not be read ({e.GetType().Name}), so the edit was not published");
        }
    }

    /// <summary>Loads the folder; publishes the result if it is valid and no file changed while it was read.</summary>
    private void Reload(ArticleMemo loadMemo)
    {
        var tree = ContentTree.Walk(store.Folder);
        if (Unsettled(tree) is { } newest)
        {
            LogSettling(logger, newest.RelativePath);
            var settled = newest.LastWriteUtc + TimeSpan.FromMilliseconds(_options.SettleMilliseconds);
            _ = RetryAfterAsync(settled - DateTime.UtcNow + TimeSpan.FromMilliseconds(10));
            return;
        }

        var (snapshot, problems) = ContentLoader.Load(tree, ContentLoadOptions.From(_options, figuresOptions.Value, clock, siteOptions.Value), loadMemo);
        if (ContentTree.Walk(store.Folder).Fingerprint() != tree.Fingerprint())
        {
            _changes.Writer.TryWrite(true); // Still being written: try again once it is quiet.
            return;
        }

        if (loadMemo != _memo)
        {
            return; // This load outlived its timeout; a newer one owns the store now.
        }

        if (snapshot is null)
        {
            foreach (var problem in problems.Where(p => p.BlocksPublishing))
            {
                LogProblem(logger, problem.ToString());
            }

            store.Reject(problems);
            LogRejected(logger, problems.Count(p => p.BlocksPublishing), store.Current.Version);
            return;
        }

        if (snapshot.Version == store.Current.Version)
        {
            store.Confirm(); // Nothing changed after all (a file touched, or an edit undone).
            return;
        }

        store.Publish(snapshot, problems);
        LogPublished(logger, snapshot.Version, snapshot.Articles.Count);
        LogWarnings(problems);
    }

    /// <summary>The most recently written file, if it was written so recently that its writer may not have finished.</summary>
    private ContentEntry? Unsettled(ContentTree tree)
    {
        var now = DateTime.UtcNow;
        var settle = TimeSpan.FromMilliseconds(_options.SettleMilliseconds);
        var newest = tree.Files.MaxBy(f => f.LastWriteUtc);
        // A time far in the future is a clock that disagrees (a network share), not a writer at work.
        return newest is not null && newest.LastWriteUtc > now - settle && newest.LastWriteUtc < now + TimeSpan.FromMinutes(1) ? newest : null;
    }

    private async Task RetryAfterAsync(TimeSpan delay)
    {
        await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
        _changes.Writer.TryWrite(true);
    }

    private void Refuse(string message)
    {
        var problem = new ContentProblem(".", 1, 1, ContentSeverity.Error, message);
        LogProblem(logger, problem.ToString());
        store.Reject([problem]);
    }

    /// <summary>Warnings do not stop the content, but whoever runs the site should see them, one line per kind: a stale figure is an editor's task.</summary>
    private void LogWarnings(IReadOnlyList<ContentProblem> problems)
    {
        foreach (var line in ProblemSummary.Lines(problems))
        {
            LogWarning(logger, line);
        }
    }

    /// <summary>A watcher on the folder, or null (then the folder is polled) when the system cannot give one.</summary>
    private FileSystemWatcher? Watch(string folder)
    {
        _watcherFailed = false;
        try
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
            watcher.Error += (_, e) =>
            {
                LogWatcherError(logger, e.GetException().Message);
                _watcherFailed = true;
                _changes.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            LogWatcherError(logger, e.Message);
            return null;
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.PollingIntervalMilliseconds));
        var last = ContentTree.Walk(store.Folder).Fingerprint();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = ContentTree.Walk(store.Folder).Fingerprint();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The content folder is read again at {Moment:u}, when a scheduled article goes live or expires")]
    private static partial void LogScheduled(ILogger logger, DateTimeOffset moment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for {Path} to stop changing before publishing it")]
    private static partial void LogSettling(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning: {Problem}")]
    private static partial void LogWarning(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content edit refused ({Errors} errors); still serving version {Version}")]
    private static partial void LogRejected(ILogger logger, int errors, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the content folder failed; still serving the last good version")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher failed: {Error}")]
    private static partial void LogWatcherError(ILogger logger, string error);
}
