using MlEngineerSite.Content;

namespace MlEngineerSite.Tests.Unit;

public sealed class LowCpuPriorityTests
{
    [Fact]
    public void LowersTheCallingThread_AndNoOtherThread()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads the thread's nice value from /proc");
        var before = NiceOfThisThread();
        Assert.SkipWhen(before >= 10, $"the test runs at nice {before} already");
        int? lowered = null;
        var worker = new Thread(() =>
        {
            LowCpuPriority.ForCurrentThread();
            lowered = NiceOfThisThread();
        });

        worker.Start();
        worker.Join();

        Assert.Equal(10, lowered);
        Assert.Equal(before, NiceOfThisThread());
    }

    // Field 19 of /proc/thread-self/stat; the command name (field 2, in parentheses) may contain spaces.
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
