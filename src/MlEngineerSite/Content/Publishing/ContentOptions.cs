using System.ComponentModel.DataAnnotations;
using MlEngineerSite.Content.Files;

namespace MlEngineerSite.Content.Publishing;

/// <summary>Where the content folder is and how edits to it are picked up. Environment: <c>Content__Path</c>, <c>Content__Reload</c>, ...</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder. Relative paths are resolved against the app's content root; empty means
    /// the bundled folder: <c>content/</c> beside the published app, or the repository's top-level <c>content/</c>.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How edits are noticed: file-system events, polling (for volumes and network shares where events do not arrive), or not at all.</summary>
    public ContentReloadMode Reload { get; set; } = ContentReloadMode.Events;

    /// <summary>How long the folder must be quiet before a reload, so a burst of saves is loaded once and half-written files are not.</summary>
    [Range(0, 600_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>How often the folder is scanned in polling mode.</summary>
    [Range(10, 3_600_000)]
    public int PollingIntervalMilliseconds { get; set; } = 2000;

    /// <summary>
    /// How long after its last write a file counts as finished: a reload waits until no file in the
    /// folder is younger, so a file saved in pieces is published whole, not one piece at a time.
    /// </summary>
    [Range(0, 600_000)]
    public int SettleMilliseconds { get; set; } = 2000;

    /// <summary>The longest a reload may take; one that takes longer is refused (the last good version stays) and the next edit is loaded afresh.</summary>
    [Range(1, 3600)]
    public int ReloadTimeoutSeconds { get; set; } = 60;

    /// <summary>Every warning is an error that stops publishing, as <c>check --strict</c> judges it (today's strictness for those who want it).</summary>
    public bool Strict { get; set; }

    /// <summary>The largest content file that is read; a larger one is a content error.</summary>
    [Range(1, int.MaxValue)]
    public long MaxFileBytes { get; set; } = ContentFiles.DefaultMaxFileBytes;
}

public enum ContentReloadMode
{
    Events,
    Polling,
    Off,
}
