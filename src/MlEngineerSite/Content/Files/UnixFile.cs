using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MlEngineerSite.Content.Files;

/// <summary>
/// The three POSIX calls that .NET does not expose and a hostile content folder makes necessary:
/// the kernel's own resolution of a path (<c>realpath</c>: .NET's link APIs resolve <c>..</c> as text,
/// so <c>d/../passwd</c> with <c>d -&gt; /etc/ssl</c> looked like a file inside the folder), the type
/// of a file (<c>statx</c>: <see cref="FileInfo"/> cannot tell a named pipe or a device from a file),
/// and an <c>open</c> that never blocks on a pipe. Linux only, as the image is.
/// </summary>
internal static partial class UnixFile
{
    // The generic Linux ABI: the same values on x86-64 and arm64, the architectures the image is built for.
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const int AtCurrentFolder = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeFolder = 0x4000;
    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int TooManyLinks = 40;

    /// <summary>The path with every link and <c>..</c> resolved by the kernel, or null with the reason.</summary>
    public static string? RealPath(string path, out EntryKind failure)
    {
        var resolved = NativeRealPath(path, 0);
        if (resolved == 0)
        {
            failure = KindOf(Marshal.GetLastPInvokeError());
            return null;
        }

        try
        {
            failure = EntryKind.File;
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>What is at a path (following links), with its size and last write for regular files.</summary>
    public static EntryStatus StatusOf(string path) =>
        Statx(AtCurrentFolder, path, 0, StatxBasicStats, out var buffer) == 0
            ? StatusFrom(buffer)
            : new EntryStatus(KindOf(Marshal.GetLastPInvokeError()), 0, DateTime.UnixEpoch);

    /// <summary>
    /// Opens a regular file for reading without ever blocking (a pipe, device or socket is refused
    /// after the open, which cannot wait for a writer), or returns null with what was found instead.
    /// </summary>
    public static SafeFileHandle? OpenRegularFile(string path, out EntryStatus status)
    {
        var descriptor = Open(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (descriptor < 0)
        {
            status = new EntryStatus(KindOf(Marshal.GetLastPInvokeError()), 0, DateTime.UnixEpoch);
            return null;
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        status = Statx(descriptor, "", AtEmptyPath, StatxBasicStats, out var buffer) == 0
            ? StatusFrom(buffer)
            : new EntryStatus(EntryKind.Unreadable, 0, DateTime.UnixEpoch);
        if (status.Kind == EntryKind.File)
        {
            return handle;
        }

        handle.Dispose();
        return null;
    }

    /// <summary>Where an open handle really leads, as the kernel sees it now (so a swap after the check is caught).</summary>
    public static string? PathOf(SafeFileHandle handle)
    {
        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static EntryStatus StatusFrom(in StatxBuffer buffer)
    {
        var kind = (buffer.Mode & TypeMask) switch
        {
            TypeRegular => EntryKind.File,
            TypeFolder => EntryKind.Folder,
            _ => EntryKind.Special,
        };
        var written = DateTime.UnixEpoch.AddSeconds(buffer.WriteSeconds).AddTicks(buffer.WriteNanoseconds / 100);
        return new EntryStatus(kind, (long)buffer.Size, written);
    }

    private static EntryKind KindOf(int errno) => errno switch
    {
        NoSuchFile => EntryKind.Missing,
        PermissionDenied => EntryKind.Unreadable,
        TooManyLinks => EntryKind.Loop,
        _ => EntryKind.Unreadable,
    };

    /// <summary>The fields of <c>struct statx</c> that are read; its layout is the same on every Linux architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long WriteSeconds;

        [FieldOffset(120)]
        public uint WriteNanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint NativeRealPath(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, out StatxBuffer buffer);
}

/// <summary>What a path in the content folder turned out to be.</summary>
public enum EntryKind
{
    File,
    Folder,

    /// <summary>A named pipe, device or socket: never read.</summary>
    Special,

    /// <summary>Nothing there, or a link to nothing.</summary>
    Missing,
    Unreadable,

    /// <summary>Links that lead round in a circle.</summary>
    Loop,
}

public readonly record struct EntryStatus(EntryKind Kind, long Length, DateTime LastWriteUtc);
