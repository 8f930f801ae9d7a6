using System.Security.Cryptography;
using System.Text;

namespace MlEngineerSite.Content;

/// <summary>
/// Reads the content folder's files for one load, refusing what an editor's mistake or a hostile
/// folder could slip in: files over the size cap, bytes that are not UTF-8, and links that lead
/// outside the folder. Hashes every file it reads once: the hashes tell a reload which files changed,
/// and together they make the snapshot's version, which changes with any edit.
/// </summary>
public sealed class ContentFiles(string folder, long maxFileBytes, ContentDiagnostics diagnostics) : IDisposable
{
    public const long DefaultMaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly string _root = Path.GetFullPath(folder);
    private readonly Dictionary<string, string> _fileHashes = new(StringComparer.Ordinal);

    /// <summary>The file's text, or null (with the problem reported) when it may not be used.</summary>
    public string? Read(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        var file = new FileInfo(path);
        if (ResolvesOutside(file))
        {
            diagnostics.Error(relativePath, 1, 1, "this file is a link to a place outside the content folder, so it is not read");
            return null;
        }

        if (file.Length > maxFileBytes)
        {
            diagnostics.Error(relativePath, 1, 1, $"the file is {file.Length:N0} bytes, more than the limit of {maxFileBytes:N0} (Content__MaxFileBytes)");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (file.LastWriteTimeUtc > NewestWrite)
        {
            NewestWrite = file.LastWriteTimeUtc;
        }

        var fileHash = Convert.ToBase64String(SHA256.HashData(bytes));
        _fileHashes[relativePath] = fileHash;
        _hash.AppendData(Encoding.UTF8.GetBytes($"{relativePath}\n{fileHash}\n"));
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(relativePath, line, 1, "the file is not valid UTF-8: save it with UTF-8 encoding");
            return null;
        }
    }

    /// <summary>The Markdown files in a subfolder, in a stable order; a subfolder that links outside the content folder is refused.</summary>
    public IEnumerable<string> List(string subfolder, string pattern)
    {
        var path = Path.Combine(_root, subfolder);
        if (ResolvesOutside(new DirectoryInfo(path)))
        {
            diagnostics.Error(subfolder, 1, 1, "this folder is a link to a place outside the content folder, so it is not read");
            return [];
        }

        return Directory.EnumerateFiles(path, pattern)
            .Select(f => $"{subfolder}/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal);
    }

    /// <summary>When the most recently changed file read so far was last written (UTC).</summary>
    public DateTime NewestWrite { get; private set; } = DateTime.UnixEpoch;

    /// <summary>The hash of a file's bytes as read in this load; empty for a file that was not read.</summary>
    public string HashOf(string relativePath) => _fileHashes.GetValueOrDefault(relativePath, "");

    public string Version() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..16];

    private bool ResolvesOutside(FileSystemInfo entry)
    {
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null)
        {
            return false;
        }

        var full = Path.GetFullPath(target.FullName);
        return !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    public void Dispose() => _hash.Dispose();
}
