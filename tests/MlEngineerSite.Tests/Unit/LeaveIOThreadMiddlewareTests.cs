using Microsoft.AspNetCore.Http;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Tests.Unit;

public sealed class LeaveIOThreadMiddlewareTests
{
    [Fact]
    public async Task TheRestOfThePipeline_RunsOnTheThreadPool_NotOnTheCallersThread()
    {
        (bool OnPool, int Thread)? ranOn = null;
        var middleware = new LeaveIOThreadMiddleware(_ =>
        {
            ranOn = (Thread.CurrentThread.IsThreadPoolThread, Environment.CurrentManagedThreadId);
            return Task.CompletedTask;
        });

        // A dedicated thread stands in for a socket event thread: not a thread-pool thread.
        var callerThread = 0;
        Task? pipeline = null;
        var eventThread = new Thread(() =>
        {
            callerThread = Environment.CurrentManagedThreadId;
            pipeline = middleware.InvokeAsync(new DefaultHttpContext());
        });
        eventThread.Start();
        eventThread.Join();

        await pipeline!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.NotNull(ranOn);
        Assert.True(ranOn.Value.OnPool, "the rest of the pipeline ran outside the thread pool");
        Assert.NotEqual(callerThread, ranOn.Value.Thread);
    }
}
