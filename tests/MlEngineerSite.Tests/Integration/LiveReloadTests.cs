using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>Edits to a real content folder on disk, picked up by the running app without a restart.</summary>
public sealed class LiveReloadTests
{
    private static (ContentSiteFactory Factory, HttpClient Client, ContentStore Store) Start(TempContent content, string mode = "Events")
    {
        var factory = new ContentSiteFactory(content.Folder);
        var configured = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:Reload", mode);
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "100");
            builder.UseSetting("Content:PollingIntervalMilliseconds", "100");
        });
        var client = configured.CreateClient();
        return (factory, client, configured.Services.GetRequiredService<ContentStore>());
    }

    private static string Alpha(TempContent content) => File.ReadAllText(Path.Combine(content.Folder, "articles/alpha.md"));

    [Theory]
    [InlineData("Events")]
    [InlineData("Polling")]
    public async Task EditedArticle_IsServedWithoutARestart(string mode)
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content, mode);
        await using var _ = factory;

        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, edited", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, edited");

        Assert.Equal("Alpha, edited", (await client.GetDocumentAsync("/articles/alpha")).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("Events")]
    [InlineData("Polling")]
    public async Task AnEditBetweenTheStartUpLoadAndTheWatchersStart_IsPickedUp(string mode)
    {
        using var content = new TempContent();
        var loadedFingerprint = MlEngineerSite.Content.Files.ContentTree.Walk(content.Folder).Fingerprint();
        var (loaded, _) = ContentLoader.Load(content.Folder, TestClock.Options);
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, edited early", StringComparison.Ordinal));
        var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:Reload", mode);
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "100");
            builder.UseSetting("Content:PollingIntervalMilliseconds", "100");
            builder.ConfigureTestServices(services => services.AddSingleton(new ContentStore(content.Folder, loaded!, loadedFingerprint: loadedFingerprint)));
        });
        await using var _ = factory;
        var store = factory.Services.GetRequiredService<ContentStore>();

        await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, edited early");

        Assert.Equal("Alpha, edited early", (await factory.CreateClient().GetDocumentAsync("/articles/alpha")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AddedThenDeletedArticle_AppearsThenAnswers404()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content);
        await using var _ = factory;

        content.Write("articles/delta.md", "---\ntitle: Delta\ndescription: A new article.\n---\nNew.");
        await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("delta"));
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".card a"), a => a.GetAttribute("href") == "/articles/delta");

        content.Delete("articles/delta.md");
        await store.WaitUntilAsync(s => !s.Snapshot.BySlug.ContainsKey("delta"));
        using var response = await client.GetAsync("/articles/delta", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RenamedFile_MovesTheArticleToItsNewSlug()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content);
        await using var _ = factory;

        content.Write("articles/delta.md", "---\ntitle: Delta\ndescription: D\n---\nText.");
        await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("delta"));
        File.Move(Path.Combine(content.Folder, "articles/delta.md"), Path.Combine(content.Folder, "articles/epsilon.md"));
        await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("epsilon") && !s.Snapshot.BySlug.ContainsKey("delta"));

        Assert.Equal("Delta", (await client.GetDocumentAsync("/articles/epsilon")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodVersion_AndTheFixIsPickedUp()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content);
        await using var _ = factory;
        var good = Alpha(content);
        var goodVersion = store.Current.Version;

        content.Write("articles/alpha.md", good.Replace("title: Alpha article", "title: [Alpha, article]", StringComparison.Ordinal));
        var refused = await store.WaitUntilAsync(s => s.LastError is not null);

        Assert.Equal(goodVersion, refused.Snapshot.Version);
        Assert.Equal("Alpha article", (await client.GetDocumentAsync("/articles/alpha")).QuerySelector("h1")!.TextContent);
        using (var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken)))
        {
            // The endpoint is public: counts and files, never a message that could quote a line.
            var error = ready.RootElement.GetProperty("lastReloadError");
            Assert.Equal(1, error.GetProperty("errors").GetInt32());
            Assert.Equal(["articles/alpha.md"], error.GetProperty("files").EnumerateArray().Select(p => p.GetString()!));
            Assert.Equal(JsonValueKind.Null, error.GetProperty("problems").ValueKind);
        }

        content.Write("articles/alpha.md", good.Replace("title: Alpha article", "title: Alpha, fixed", StringComparison.Ordinal));
        var fixedState = await store.WaitUntilAsync(s => s.LastError is null && s.Snapshot.BySlug["alpha"].Title == "Alpha, fixed");

        Assert.NotEqual(goodVersion, fixedState.Snapshot.Version);
        Assert.Equal("Alpha, fixed", (await client.GetDocumentAsync("/articles/alpha")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task BrokenDataFile_IsRefused_WithItsLine()
    {
        using var content = new TempContent();
        var (factory, _, store) = Start(content);
        await using var __ = factory;

        content.Write("data/figures.yaml", File.ReadAllText(Path.Combine(content.Folder, "data/figures.yaml")).Replace("date: 2024-05", "date: soon", StringComparison.Ordinal));
        var refused = await store.WaitUntilAsync(s => s.LastError is not null);

        Assert.Contains(refused.LastError!.Problems, p => p.Path == "data/figures.yaml" && p.Message.StartsWith("'date' must be", StringComparison.Ordinal));
        Assert.Equal(100000m, refused.Snapshot.Figures.ByKey["median-pay"].Number);
    }
}
