using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests;

/// <summary>Waits, without sleeping, until the store's state meets a condition: woken by the store's own change event.</summary>
public static class ContentStoreWatch
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<ContentState> WaitUntilAsync(this ContentStore store, Func<ContentState, bool> condition)
    {
        var reached = new TaskCompletionSource<ContentState>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(ContentState state)
        {
            if (condition(state))
            {
                reached.TrySetResult(state);
            }
        }

        store.StateChanged += OnChange;
        try
        {
            OnChange(store.State); // It may already hold.
            return await reached.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            store.StateChanged -= OnChange;
        }
    }
}
