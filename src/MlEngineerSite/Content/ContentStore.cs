namespace MlEngineerSite.Content;

/// <summary>
/// Holds the content snapshot that requests read. Publishing a new snapshot swaps one reference,
/// so a request always sees one whole version and never waits on a lock.
/// </summary>
public sealed class ContentStore(string folder, ContentSnapshot initial)
{
    private ContentSnapshot _current = initial;

    /// <summary>The full path of the content folder being served.</summary>
    public string Folder { get; } = folder;

    public ContentSnapshot Current => Volatile.Read(ref _current);

    public void Publish(ContentSnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}
