using MlEngineerSite.Content;
using MlEngineerSite.Search;

namespace MlEngineerSite.Tests.Search;

/// <summary>Where a snapshot's search index comes from while its own is built in the background.</summary>
public sealed class SearchIndexBuildTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static ContentSnapshot Load(SearchIndex? standIn) =>
        ContentLoader.Load(TestPaths.BasicContent, TestClock.Options, searchStandIn: standIn).Snapshot!;

    [Fact]
    public void WithoutAStandIn_TheIndexIsBuiltBeforeTheSnapshotIsReturned()
    {
        var snapshot = Load(standIn: null);

        Assert.True(snapshot.SearchReady.IsCompletedSuccessfully);
        Assert.NotEmpty(snapshot.SearchSoFar.Search("alpha"));
    }

    [Fact]
    public void APendingIndex_MakesASearchWaitForTheBuild_NeverAnswerEmpty()
    {
        var snapshot = Load(SearchIndex.Pending);

        Assert.NotEmpty(snapshot.Search.Search("alpha"));
        Assert.True(snapshot.SearchReady.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AStandIn_AnswersUntilTheOwnIndexIsBuilt()
    {
        var before = Load(standIn: null);
        var after = Load(before.Search);
        var meanwhile = after.SearchSoFar;

        await after.SearchReady.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.True(meanwhile == before.Search || meanwhile == after.Search);
        Assert.NotSame(before.Search, after.Search);
        Assert.NotEmpty(after.Search.Search("alpha"));
    }

    [Fact]
    public async Task StoppingABuild_KeepsTheStandInAnswering()
    {
        var before = Load(standIn: null);
        var superseded = Load(before.Search);

        superseded.StopSearchBuild();
        await Task.WhenAny(superseded.SearchReady).WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.True(superseded.SearchReady.IsCanceled || superseded.SearchReady.IsCompletedSuccessfully);
        Assert.NotEmpty(superseded.Search.Search("alpha"));
    }

    [Fact]
    public async Task ABuildThatSearchesMayWaitFor_IsNeverStopped()
    {
        var first = Load(SearchIndex.Pending);

        first.StopSearchBuild();
        await first.SearchReady.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.True(first.SearchReady.IsCompletedSuccessfully);
    }
}
