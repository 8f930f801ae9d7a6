using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Search;

/// <summary>
/// Keeps a search index of the content being served. It follows the store: each published snapshot
/// is indexed on a thread of its own, at low CPU priority (seconds at 10,000 articles), while the
/// previous index keeps answering, so an edit reaches the pages at once and the search moments later.
/// At start-up there is nothing to fall back on: a search waits for the first build. A build whose
/// snapshot is replaced before it finishes is cancelled.
/// </summary>
public sealed class SearchIndexer : IHostedService
{
    private readonly ContentStore _store;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Indexed? _current;
    private (ContentSnapshot Snapshot, CancellationTokenSource Cancel, Task Build)? _building;

    public SearchIndexer(ContentStore store)
    {
        _store = store;
        _store.StateChanged += state => Index(state.Snapshot);
    }

    /// <summary>Whether the index answering searches is the one of the content being served.</summary>
    public bool IsCurrent => Volatile.Read(ref _current)?.Snapshot == _store.Current;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Index(_store.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _building?.Cancel.Cancel();
        }

        return Task.CompletedTask;
    }

    /// <summary>The sections that answer a query, from the newest index built; the first search after start-up waits for the first.</summary>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _current) is null)
        {
            Index(_store.Current); // Started already unless this runs without the host (a test's own indexer).
            await _first.Task.WaitAsync(cancellationToken);
        }

        return Volatile.Read(ref _current)!.Index.Search(query);
    }

    /// <summary>Completes once the index of the content being served now is built (for tests and benchmarks).</summary>
    public async Task WhenCurrentAsync(CancellationToken cancellationToken = default)
    {
        while (!IsCurrent)
        {
            Task build;
            lock (_gate)
            {
                Index(_store.Current);
                build = _building!.Value.Build;
            }

            try
            {
                await build.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Superseded by a newer snapshot: wait for that one.
            }
        }
    }

    private void Index(ContentSnapshot snapshot)
    {
        lock (_gate)
        {
            if (_building?.Snapshot == snapshot || Volatile.Read(ref _current)?.Snapshot == snapshot)
            {
                return;
            }

            _building?.Cancel.Cancel();
            var cancel = new CancellationTokenSource();
            var token = cancel.Token;
            // A thread of its own: on a one-core server a build holding a pool thread for seconds would leave requests waiting for the pool to grow.
            var build = Task.Factory.StartNew(
                () =>
                {
                    LowCpuPriority.ForCurrentThread();
                    var index = SearchIndex.Build(snapshot.ArticlesAndPages, snapshot.Brand.Language.Code, token);
                    lock (_gate)
                    {
                        if (_building?.Snapshot == snapshot)
                        {
                            Volatile.Write(ref _current, new Indexed(snapshot, index)); // Only the newest build answers: an older one finishing late never replaces it.
                            _first.TrySetResult();
                        }
                    }
                }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            _building = (snapshot, cancel, build);
        }
    }

    private sealed record Indexed(ContentSnapshot Snapshot, SearchIndex Index);
}
