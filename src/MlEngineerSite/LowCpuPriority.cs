using System.Runtime.InteropServices;

namespace MlEngineerSite;

/// <summary>
/// Lowers the CPU priority of the calling thread, for background work that must not slow page
/// requests on a one- or two-core server. Building the search index: at start-up the first page is
/// served before the index is done, and a rebuild after an edit takes the processor only when
/// requests leave it free. Writing the log: a batch of lines no longer pre-empts requests in
/// flight. .NET's <see cref="Thread.Priority"/> does nothing on Linux, so there the thread's nice
/// value is raised instead. Best effort: where that fails the thread keeps its priority.
/// </summary>
internal static class LowCpuPriority
{
    private const int PrioProcess = 0; // With a thread ID, Linux applies it to that thread alone.
    private const int Nice = 10;

    public static void ForCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = SetPriority(PrioProcess, GetThreadId(), Nice);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    // DllImport, not LibraryImport: plain int arguments need no marshalling code, and no unsafe blocks.
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
