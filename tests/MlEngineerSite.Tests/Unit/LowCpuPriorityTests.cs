namespace MlEngineerSite.Tests.Unit;

public sealed class LowCpuPriorityTests
{
    [Fact]
    public void LowersTheCallingThread_AndNoOtherThread()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads the thread's nice value from /proc");
        var before = ThreadNice.OfCurrentThread();
        Assert.SkipWhen(before >= 10, $"the test runs at nice {before} already");
        int? lowered = null;
        var worker = new Thread(() =>
        {
            LowCpuPriority.ForCurrentThread();
            lowered = ThreadNice.OfCurrentThread();
        });

        worker.Start();
        worker.Join();

        Assert.Equal(10, lowered);
        Assert.Equal(before, ThreadNice.OfCurrentThread());
    }
}
