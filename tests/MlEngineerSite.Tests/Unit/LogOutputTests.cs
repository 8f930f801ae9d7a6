using System.Text;
using MlEngineerSite.Hosting.Logging;

namespace MlEngineerSite.Tests.Unit;

public sealed class LogOutputTests
{
    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text + "\n");

    [Fact]
    public async Task ALoneLine_IsWritten_WithoutWaitingForMoreOrForShutdown()
    {
        using var captured = new CapturedOutput();
        using var output = new LogOutput(captured);

        output.Write(Line("only line"));

        Assert.Equal("only line", await captured.WaitForLineAsync(l => l == "only line"));
    }

    [Fact]
    public void LinesFromManyThreads_ArriveWhole_InEachThreadsOrder_AndNoneIsLostAtDispose()
    {
        using var captured = new CapturedOutput();
        var output = new LogOutput(captured);

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                output.Write(Line($"thread {thread} line {i} {new string('x', i % 50)}"));
            }
        });
        output.Dispose();

        var lines = captured.Lines;
        Assert.Equal(16_000, lines.Length);
        foreach (var thread in Enumerable.Range(0, 8))
        {
            var own = lines.Where(l => l.StartsWith($"thread {thread} ", StringComparison.Ordinal)).ToArray();
            Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"thread {thread} line {i} {new string('x', i % 50)}"), own);
        }
    }

    [Fact]
    public async Task TheWriterThread_RunsAtLowCpuPriority_SoThatItWritesBetweenRequests()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads the thread's nice value from /proc");
        var ours = ThreadNice.OfCurrentThread();
        Assert.SkipWhen(ours >= 10, $"the test runs at nice {ours} already");
        using var captured = new CapturedOutput();
        var writerNice = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        captured.BeforeWrite = () => writerNice.TrySetResult(ThreadNice.OfCurrentThread());
        using var output = new LogOutput(captured);

        output.Write(Line("a line"));

        Assert.Equal(10, await writerNice.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal(ours, ThreadNice.OfCurrentThread());
    }

    [Fact]
    public void ManyLines_ShareOneWrite()
    {
        using var captured = new CapturedOutput();
        var output = new LogOutput(captured);

        for (var i = 0; i < 10_000; i++)
        {
            output.Write(Line($"line {i}"));
        }

        output.Dispose();

        Assert.Equal(10_000, captured.Lines.Length);
        Assert.InRange(captured.WriteCalls, 1, 1_000);
    }

    [Fact]
    public async Task WhileTheOutputIsBlocked_LinesBeyondTheLimit_AreDroppedAndCounted_NotKeptWithoutBound()
    {
        using var captured = new CapturedOutput();
        var output = new LogOutput(captured, maxBufferedBytes: 1_000);
        captured.Block();
        output.Write(Line("first, being written while the output is blocked"));
        await captured.WriteStarted; // The writer thread has taken the first line and is stuck writing it.

        for (var i = 0; i < 100; i++)
        {
            output.Write(Line($"line {i:D3} {new string('y', 80)}")); // 90 bytes each: eleven fit in 1,000.
        }

        captured.Unblock();
        output.Dispose();

        var lines = captured.Lines;
        Assert.Equal("first, being written while the output is blocked", lines[0]);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"line {i:D3} {new string('y', 80)}"), lines[1..12]);
        Assert.Equal("89 log line(s) were dropped: the log output could not keep up.", lines[12]);
        Assert.Equal(13, lines.Length);
    }

    [Fact]
    public async Task AClosedOutput_LosesTheLines_ButNeitherTheWriterNorALateLineThrows()
    {
        var closed = new CapturedOutput();
        var output = new LogOutput(closed);
        closed.Dispose(); // As a standard output that was closed: every write throws ObjectDisposedException.

        output.Write(Line("to a closed output")); // Unhandled on the writer thread, this would end the whole process.
        await Task.Run(output.Dispose, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var late = Record.Exception(() => output.Write(Line("late, straight through")));

        Assert.Null(late);
        Assert.Empty(closed.Lines);
    }

    [Fact]
    public async Task ALineLoggedDuringShutdown_FollowsTheLastBatch_InsteadOfRacingIt()
    {
        using var captured = new CapturedOutput();
        var output = new LogOutput(captured);
        captured.Block();
        output.Write(Line("last batch"));
        await captured.WriteStarted; // The writer thread is stuck writing the last batch.
        var disposing = new Thread(output.Dispose);
        disposing.Start();
        // Dispose has marked the output as stopping and waits for the writer (nothing else holds its lock).
        Assert.True(SpinWait.SpinUntil(() => (disposing.ThreadState & ThreadState.WaitSleepJoin) != 0, TimeSpan.FromSeconds(30)), "Dispose never waited for the writer");

        var late = Task.Run(() => output.Write(Line("logged during shutdown")), TestContext.Current.CancellationToken);

        await late.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // Buffered: the caller is not held up by the stuck write.
        captured.Unblock();
        Assert.True(disposing.Join(TimeSpan.FromSeconds(30)), "Dispose did not finish");
        Assert.Equal(["last batch", "logged during shutdown"], captured.Lines);
        Assert.Equal(2, captured.WriteCalls);
    }

    [Fact]
    public void AfterDispose_ALateLine_IsWrittenStraightThrough()
    {
        using var captured = new CapturedOutput();
        var output = new LogOutput(captured);
        output.Dispose();

        output.Write(Line("late"));

        Assert.Equal(["late"], captured.Lines);
    }
}
