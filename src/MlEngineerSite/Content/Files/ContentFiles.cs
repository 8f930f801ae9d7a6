using System.Security.Cryptography;
using System.Text;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Files;

/// <summary>
/// Reads the content folder's files for one load, from a <see cref="ContentTree"/> walked first:
/// each file is opened by its real path, must still be the regular file the walk found, and is read
/// to at most the size cap plus one byte (so <c>/dev/zero</c> behind a link, or a file that grows, costs
/// no more than the cap). Bytes that are not UTF-8 are refused; characters that XML and HTML forbid
/// are removed with a warning. Hashes every file it reads once: the hashes tell a reload which files
/// changed, and together they make the snapshot's version, which changes with any edit.
/// </summary>
public sealed class ContentFiles(ContentTree tree, long maxFileBytes, ContentDiagnostics diagnostics) : IDisposable
{
    public const long DefaultMaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, string> _fileHashes = new(StringComparer.Ordinal);

    public ContentTree Tree { get; } = tree;

    /// <summary>When the most recently changed file read so far was last written (UTC).</summary>
    public DateTime NewestWrite { get; private set; } = DateTime.UnixEpoch;

    public bool Exists(string relativePath) => Tree.Find(relativePath) is not null;

    /// <summary>The file's bytes (a logo, a stylesheet), or null (with the problem reported) when it may not be used; counted in the version like every file read.</summary>
    public byte[]? ReadBytes(string relativePath)
    {
        if (Tree.Find(relativePath) is not { } entry)
        {
            diagnostics.Error(relativePath, 1, 1, "the file is not in the content folder (it was removed while the folder was read)");
            return null;
        }

        if (ReadBytes(entry) is not { } bytes)
        {
            return null;
        }

        if (entry.LastWriteUtc > NewestWrite)
        {
            NewestWrite = entry.LastWriteUtc;
        }

        var fileHash = Convert.ToBase64String(SHA256.HashData(bytes));
        _fileHashes[relativePath] = fileHash;
        _hash.AppendData(Encoding.UTF8.GetBytes($"{relativePath}\n{fileHash}\n"));
        return bytes;
    }

    /// <summary>The file's text, or null (with the problem reported) when it may not be used.</summary>
    public string? Read(string relativePath)
    {
        if (ReadBytes(relativePath) is not { } bytes)
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(relativePath, line, 1, "the file is not valid UTF-8: save it with UTF-8 encoding");
            return null;
        }

        var clean = ForbiddenCharacters.Remove(text, out var removed, out var first);
        if (removed > 0)
        {
            var line = 1 + text.AsSpan(0, first).Count('\n');
            var column = first - (text.LastIndexOf('\n', Math.Max(first - 1, 0)) + 1) + 1;
            diagnostics.Warning(relativePath, line, column,
                $"removed {removed} control or non-character code point{(removed == 1 ? "" : "s")} (U+{char.ConvertToUtf32(text, first):X4} first), which web pages and feeds may not contain");
        }

        return clean;
    }

    /// <summary>The hash of a file's bytes as read in this load; empty for a file that was not read.</summary>
    public string HashOf(string relativePath) => _fileHashes.GetValueOrDefault(relativePath, "");

    public string Version() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..16];

    private byte[]? ReadBytes(ContentEntry entry)
    {
        using var handle = UnixFile.OpenRegularFile(entry.RealPath, out var status);
        if (handle is null)
        {
            diagnostics.Error(entry.RelativePath, 1, 1, status.Kind switch
            {
                EntryKind.Missing => "the file was removed while the folder was read",
                EntryKind.Unreadable => "the file cannot be read (permission denied)",
                _ => "the file is no longer a regular file (it was replaced while the folder was read)",
            });
            return null;
        }

        if (UnixFile.PathOf(handle) is { } opened && opened != entry.RealPath)
        {
            diagnostics.Error(entry.RelativePath, 1, 1, "the file was replaced by a link while the folder was read, so it is not read");
            return null;
        }

        if (status.Length > maxFileBytes)
        {
            diagnostics.Error(entry.RelativePath, 1, 1, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {status.Length:N0} bytes, more than the limit of {maxFileBytes:N0} (Content__MaxFileBytes)"));
            return null;
        }

        // Read one byte past the cap: a file that grew since it was measured is refused, never read whole.
        var buffer = new byte[Math.Min(status.Length, maxFileBytes) + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (count == 0)
            {
                break;
            }

            read += count;
            if (read == buffer.Length && read <= maxFileBytes)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxFileBytes + 1));
            }
        }

        if (read > maxFileBytes)
        {
            diagnostics.Error(entry.RelativePath, 1, 1, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is more than the limit of {maxFileBytes:N0} bytes (Content__MaxFileBytes)"));
            return null;
        }

        return buffer.AsSpan(0, read).ToArray();
    }

    public void Dispose() => _hash.Dispose();
}
