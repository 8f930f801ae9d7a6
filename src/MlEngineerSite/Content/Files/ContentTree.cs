using System.Text;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Files;

/// <summary>
/// Every regular file in a content folder, found by a walk that a hostile or careless folder cannot
/// derail: each entry is resolved by the kernel and must lie inside the folder's real path; links
/// that leave the folder are errors and are not followed; pipes, devices and sockets, links to
/// nothing, loops and entries that cannot be read are skipped with a warning that names them.
/// Hidden entries (<c>.git</c>, <c>.obsidian</c>, <c>.DS_Store</c>) are tools' files, not content, and are left alone.
/// The walk never throws for anything it finds in the folder.
/// </summary>
public sealed class ContentTree
{
    /// <summary>Deeper than any real content folder; a guard against a folder built to exhaust the walk.</summary>
    public const int MaxDepth = 32;

    private readonly Dictionary<string, ContentEntry> _byPath;
    private readonly HashSet<string> _folders;

    private ContentTree(string folder, string? realRoot, List<ContentEntry> files, HashSet<string> folders, IReadOnlyList<ContentProblem> problems)
    {
        Folder = folder;
        RealRoot = realRoot;
        Files = files;
        Problems = problems;
        _byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _folders = folders;
    }

    /// <summary>The folder as it was given.</summary>
    public string Folder { get; }

    /// <summary>The folder's own real path, or null when it does not exist or is not a folder.</summary>
    public string? RealRoot { get; }

    public bool Exists => RealRoot is not null;

    /// <summary>The regular files, by relative path ('/'-separated), in ordinal order.</summary>
    public IReadOnlyList<ContentEntry> Files { get; }

    /// <summary>What was skipped or refused during the walk, relative to the folder.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    public ContentEntry? Find(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>The files directly in a sub-folder (or anywhere below it), in ordinal order.</summary>
    public IEnumerable<ContentEntry> In(string subfolder, bool recursive = false)
    {
        var prefix = subfolder.TrimEnd('/') + "/";
        return Files.Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal)
            && (recursive || f.RelativePath.IndexOf('/', prefix.Length) < 0));
    }

    /// <summary>Whether a sub-folder was found (it may be empty).</summary>
    public bool HasFolder(string subfolder) => _folders.Contains(subfolder);

    /// <summary>
    /// A cheap summary of the folder (every file's path, size and modification time, and what was
    /// skipped): equal fingerprints before and after a load mean no file changed while it was read.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var file in Files)
        {
            text.Append(file.RelativePath).Append('|').Append(file.Length).Append('|').Append(file.LastWriteUtc.Ticks).Append('\n');
        }

        foreach (var problem in Problems)
        {
            text.Append(problem).Append('\n');
        }

        return text.ToString();
    }

    public static ContentTree Walk(string folder)
    {
        var diagnostics = new ContentDiagnostics();
        var realRoot = UnixFile.RealPath(folder, out _);
        if (realRoot is null || UnixFile.StatusOf(realRoot).Kind != EntryKind.Folder)
        {
            return new ContentTree(folder, null, [], [], []);
        }

        var files = new List<ContentEntry>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Relative, string Real, int Depth)>();
        pending.Push(("", realRoot, 0));
        while (pending.TryPop(out var current))
        {
            foreach (var name in Names(current.Real, current.Relative, diagnostics))
            {
                var relative = current.Relative.Length == 0 ? name : $"{current.Relative}/{name}";
                var real = UnixFile.RealPath(Path.Combine(current.Real, name), out var failure);
                if (real is null)
                {
                    Skip(diagnostics, relative, failure);
                    continue;
                }

                if (!IsInside(real, realRoot))
                {
                    diagnostics.Error(relative, 1, 1, "this is a link to a place outside the content folder, so it is not read");
                    continue;
                }

                var status = UnixFile.StatusOf(real);
                switch (status.Kind)
                {
                    case EntryKind.File:
                        files.Add(new ContentEntry(relative, real, status.Length, status.LastWriteUtc));
                        break;
                    case EntryKind.Folder when !visited.Add(real):
                        Skip(diagnostics, relative, EntryKind.Loop);
                        break;
                    case EntryKind.Folder when current.Depth + 1 >= MaxDepth:
                        diagnostics.Warning(relative, 1, 1, $"this folder is more than {MaxDepth} levels deep, so it is skipped");
                        break;
                    case EntryKind.Folder:
                        folders.Add(relative);
                        pending.Push((relative, real, current.Depth + 1));
                        break;
                    default:
                        Skip(diagnostics, relative, status.Kind);
                        break;
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ContentTree(folder, realRoot, files, folders, diagnostics.Sorted());
    }

    /// <summary>Whether a real path is the root or inside it (compared as whole path segments).</summary>
    public static bool IsInside(string real, string realRoot) =>
        real == realRoot || real.StartsWith(realRoot.EndsWith('/') ? realRoot : realRoot + "/", StringComparison.Ordinal);

    private static List<string> Names(string realFolder, string relative, ContentDiagnostics diagnostics)
    {
        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };
            return [.. new DirectoryInfo(realFolder).EnumerateFileSystemInfos("*", options).Select(e => e.Name).Where(n => !n.StartsWith('.'))];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            Skip(diagnostics, relative.Length == 0 ? "." : relative, EntryKind.Unreadable);
            return [];
        }
    }

    private static void Skip(ContentDiagnostics diagnostics, string relative, EntryKind kind) =>
        diagnostics.Warning(relative, 1, 1, kind switch
        {
            EntryKind.Missing => "this is a link to nothing (its target does not exist), so it is skipped",
            EntryKind.Loop => "this link leads back to a folder that is already read (a loop), so it is skipped",
            EntryKind.Special => "this is not a regular file (a named pipe, device or socket), so it is skipped",
            _ => "this cannot be read (permission denied), so it is skipped",
        });
}

/// <summary>A regular file in the content folder: its relative path, its real path (inside the folder), its size and last write.</summary>
public sealed record ContentEntry(string RelativePath, string RealPath, long Length, DateTime LastWriteUtc);
