namespace MlEngineerSite.Tests;

/// <summary>The calling thread's nice value on Linux, from /proc: what <c>LowCpuPriority</c> changes.</summary>
public static class ThreadNice
{
    // Field 19 of /proc/thread-self/stat; the command name (field 2, in parentheses) may contain spaces.
    public static int OfCurrentThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
