using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Search;

namespace MlEngineerSite.Tests.Search;

/// <summary>The indexer follows the store: what answers a search while the newest content's index is built.</summary>
public sealed class SearchIndexBuildTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static ContentSnapshot Load(TempContent? content = null) =>
        ContentLoader.Load(content?.Folder ?? TestPaths.BasicContent, TestClock.Options).Snapshot!;

    [Fact]
    public async Task TheFirstSearch_WaitsForTheFirstIndex_NeverAnswersEmpty()
    {
        var indexer = new SearchIndexer(new ContentStore(TestPaths.BasicContent, Load()));

        var results = await indexer.SearchAsync("alpha", TestContext.Current.CancellationToken);

        Assert.NotEmpty(results);
        Assert.True(indexer.IsCurrent);
    }

    [Fact]
    public async Task APublishedEdit_IsSearchableOnceItsIndexIsBuilt_AndTheOldIndexAnswersMeanwhile()
    {
        using var content = new TempContent();
        var store = new ContentStore(content.Folder, Load(content));
        var indexer = new SearchIndexer(store);
        await indexer.WhenCurrentAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await indexer.SearchAsync("xylophone", TestContext.Current.CancellationToken));

        content.Write("articles/music.md", "---\ntitle: Music\ndescription: D\n---\n## Instruments\n\nA xylophone.");
        store.Publish(Load(content));
        var meanwhile = await indexer.SearchAsync("alpha", TestContext.Current.CancellationToken); // The old index, or the new one if it is already built.
        await indexer.WhenCurrentAsync(TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.NotEmpty(meanwhile);
        Assert.Equal("/articles/music#instruments", Assert.Single(await indexer.SearchAsync("xylophone", TestContext.Current.CancellationToken)).Url);
    }

    [Fact]
    public async Task ASnapshotReplacedBeforeItsIndexIsBuilt_NeverAnswers()
    {
        using var content = new TempContent();
        var store = new ContentStore(content.Folder, Load(content));
        var indexer = new SearchIndexer(store);
        await indexer.WhenCurrentAsync(TestContext.Current.CancellationToken);

        content.Write("articles/first.md", "---\ntitle: First\ndescription: D\n---\n## Trombone\n\nText.");
        store.Publish(Load(content));
        content.Delete("articles/first.md").Write("articles/second.md", "---\ntitle: Second\ndescription: D\n---\n## Cello\n\nText.");
        store.Publish(Load(content));
        await indexer.WhenCurrentAsync(TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.Empty(await indexer.SearchAsync("trombone", TestContext.Current.CancellationToken));
        Assert.NotEmpty(await indexer.SearchAsync("cello", TestContext.Current.CancellationToken));
    }
}
