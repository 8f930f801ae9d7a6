using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>A running server publishes a scheduled article at its time and takes it down at its expiry, by its clock, with no edit and no restart.</summary>
public sealed class ScheduledPublishingTests
{
    private static readonly DateTimeOffset Launch = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Events")]
    [InlineData("Off")] // No watching: the schedule is kept all the same.
    public async Task ScheduledArticle_AppearsAtItsTime_AndGoesAtItsExpiry(string reload)
    {
        using var content = new TempContent()
            .Write("articles/delta.md", "---\ntitle: Delta launch\ndescription: D\npublish: 2025-01-15T09:00Z\nexpires: 2025-01-16T09:00Z\n---\nThe launch.\n\n## Notes\n\nText.");
        var clock = new FakeTimeProvider(Launch.AddMinutes(-1));
        await using var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:Reload", reload);
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "50");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();

        var search = factory.Services.GetRequiredService<MlEngineerSite.Search.SearchIndexer>();
        await AssertAbsentAsync(client, search);

        clock.Advance(TimeSpan.FromMinutes(1));
        await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("delta"));
        await search.WhenCurrentAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/delta", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/delta/notes", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains("/articles/delta", await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Delta launch", await client.GetStringAsync("/feed.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("a[href='/articles/delta']"));
        Assert.NotEmpty((await client.GetDocumentAsync("/search?q=launch")).QuerySelectorAll(".result a[href^='/articles/delta']"));

        clock.Advance(TimeSpan.FromDays(1));
        await store.WaitUntilAsync(s => !s.Snapshot.BySlug.ContainsKey("delta"));

        await AssertAbsentAsync(client, search);
    }

    private static async Task AssertAbsentAsync(HttpClient client, MlEngineerSite.Search.SearchIndexer search)
    {
        await search.WhenCurrentAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Empty((await client.GetDocumentAsync("/search?q=launch")).QuerySelectorAll(".result a[href^='/articles/delta']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/delta", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/delta/notes", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain("/articles/delta", await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("Delta launch", await client.GetStringAsync("/feed.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector("a[href='/articles/delta']"));
    }
}
