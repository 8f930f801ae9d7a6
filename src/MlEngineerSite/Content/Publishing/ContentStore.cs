using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// Holds the content snapshot that requests read. Publishing a new snapshot swaps one reference,
/// so a request always sees one whole version and never waits on a lock. A reload that fails
/// validation leaves the current snapshot in place and is remembered for the readiness report.
/// The server's store starts empty and is loaded by <see cref="ContentStartup"/> before the server
/// accepts a request; a test may make one with its snapshot already in it.
/// </summary>
public sealed class ContentStore(string folder, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private ContentState? _state;

    public ContentStore(string folder, ContentSnapshot initial, TimeProvider? clock = null, IReadOnlyList<ContentProblem>? warnings = null, string? loadedFingerprint = null)
        : this(folder, clock) => LoadInitial(initial, warnings ?? [], loadedFingerprint);

    /// <summary>The full path of the content folder being served.</summary>
    public string Folder { get; } = folder;

    /// <summary>
    /// The folder's <see cref="Files.ContentTree.Fingerprint"/> taken before the initial snapshot was read, so that
    /// live reload, which starts later, still notices an edit made in between.
    /// </summary>
    public string? LoadedFingerprint { get; private set; }

    public bool IsLoaded => Volatile.Read(ref _state) is not null;

    public ContentSnapshot Current => State.Snapshot;

    public ContentState State => Volatile.Read(ref _state) ?? throw new InvalidOperationException("The content is read when the server starts; nothing may ask for it before.");

    /// <summary>The first snapshot, read at start-up.</summary>
    public void LoadInitial(ContentSnapshot snapshot, IReadOnlyList<ContentProblem> warnings, string? loadedFingerprint)
    {
        LoadedFingerprint = loadedFingerprint;
        Volatile.Write(ref _state, new ContentState(snapshot, _clock.GetUtcNow(), null) { Warnings = warnings });
    }

    /// <summary>Raised after every publish or refusal, for whoever follows the content (the search indexer).</summary>
    public event Action<ContentState>? StateChanged;

    public void Publish(ContentSnapshot snapshot, IReadOnlyList<ContentProblem>? warnings = null)
    {
        Change(new ContentState(snapshot, _clock.GetUtcNow(), null) { Warnings = warnings ?? [] });
    }

    /// <summary>A reload found the folder back at the version being served: a refused edit was undone, so it is no longer reported.</summary>
    public void Confirm()
    {
        if (State.LastError is not null)
        {
            Change(State with { LastError = null });
        }
    }

    /// <summary>Records a reload that was refused; readers keep the last good snapshot.</summary>
    public void Reject(IReadOnlyList<ContentProblem> problems) =>
        Change(State with { LastError = new ContentReloadError(_clock.GetUtcNow(), problems) });

    private void Change(ContentState state)
    {
        Volatile.Write(ref _state, state);
        StateChanged?.Invoke(state);
    }
}

/// <summary>The snapshot being served, when it was published, and the last refused reload since then, if any.</summary>
public sealed record ContentState(ContentSnapshot Snapshot, DateTimeOffset PublishedAt, ContentReloadError? LastError)
{
    /// <summary>The warnings of the load that made the snapshot (stale figures, links removed as unsafe).</summary>
    public IReadOnlyList<ContentProblem> Warnings { get; init; } = [];
}

public sealed record ContentReloadError(DateTimeOffset At, IReadOnlyList<ContentProblem> Problems);
