using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Preview;

/// <summary>Preview mode's event stream, read as preview.js reads it, from the real app watching a real folder.</summary>
public sealed class PreviewEventsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static WebApplicationFactoryOf Start(TempContent content, bool preview)
    {
        var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:Preview", preview ? "true" : "false");
            builder.UseSetting("Content:Reload", "Events");
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "50");
        });
        return new(factory, factory.CreateClient(), factory.Services.GetRequiredService<ContentStore>());
    }

    private sealed record WebApplicationFactoryOf(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory, HttpClient Client, ContentStore Store) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    /// <summary>The next event of a server-sent-events stream: its type and its data lines joined by newlines.</summary>
    private static async Task<(string Type, string Data)> NextEventAsync(StreamReader stream)
    {
        string type = "message", data = "";
        var any = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        while (await stream.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                {
                    return (type, data);
                }

                continue;
            }

            any = true;
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = data.Length == 0 ? line["data: ".Length..] : data + "\n" + line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }

    [Fact]
    public async Task TheStream_AnnouncesTheVersion_ThenEachNewVersion_AndARefusedEditWithItsProblems()
    {
        using var content = new TempContent();
        await using var site = Start(content, preview: true);
        using var response = await site.Client.GetAsync(MlEngineerSite.Preview.PreviewEvents.Path, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));

        Assert.Equal(("version", site.Store.Current.Version), await NextEventAsync(events));

        var first = site.Store.Current.Version;
        var alpha = Path.Combine(content.Folder, "articles/alpha.md");
        content.Write("articles/alpha.md", File.ReadAllText(alpha).Replace("title: Alpha article", "title: Alpha, edited", StringComparison.Ordinal));
        var (type, edited) = await NextEventAsync(events);
        Assert.Equal("version", type);
        Assert.NotEqual(first, edited);
        Assert.Equal(site.Store.Current.Version, edited);

        content.Write("articles/alpha.md", File.ReadAllText(alpha).Replace("title: Alpha, edited", "title: [unclosed", StringComparison.Ordinal));
        Assert.Equal(("version", edited), await NextEventAsync(events)); // Still serving the edited version...
        var (refused, problems) = await NextEventAsync(events);
        Assert.Equal("refused", refused); // ...because of this.
        Assert.StartsWith("articles/alpha.md:", problems, StringComparison.Ordinal);
        Assert.Contains(": error: ", problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InPreviewMode_EveryPageHoldsTheScript_ItsVersion_AndNoindex()
    {
        using var content = new TempContent();
        await using var site = Start(content, preview: true);

        foreach (var path in new[] { "/", "/articles/alpha", "/articles/alpha/getting-started", "/search?q=alpha", "/no/such/page" })
        {
            using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
            var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.NotNull(page.QuerySelector("script[src^='/js/preview.js?v=']"));
            Assert.Equal(site.Store.Current.Version, page.QuerySelector("meta[name=content-version]")?.GetAttribute("content"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task InPreviewMode_DraftsAndScheduledArticlesAreShown_Labelled()
    {
        using var content = new TempContent()
            .Write("articles/sketch.md", "---\ntitle: Sketch\ndescription: D\ndraft: true\n---\n## Notes\n\nA draft.")
            .Write("articles/future.md", "---\ntitle: Future\ndescription: D\npublish: 2099-01-15T09:00Z\n---\n## Notes\n\nText.");
        await using var site = Start(content, preview: true);

        Assert.Equal("Draft: readers do not see this page.", (await site.Client.GetDocumentAsync("/articles/sketch")).QuerySelector(".preview-status")?.TextContent);
        Assert.Equal("Scheduled: readers see this page from 15 January 2099, 09:00 UTC.", (await site.Client.GetDocumentAsync("/articles/future/notes")).QuerySelector(".preview-status")?.TextContent);
        Assert.Null((await site.Client.GetDocumentAsync("/articles/alpha")).QuerySelector(".preview-status"));
    }

    [Fact]
    public async Task WithoutPreviewMode_TheStreamIsA404_AndNoPageMentionsTheScript()
    {
        using var content = new TempContent();
        await using var site = Start(content, preview: false);

        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync(MlEngineerSite.Preview.PreviewEvents.Path, TestContext.Current.CancellationToken)).StatusCode);
        foreach (var path in new[] { "/", "/articles/alpha", "/articles/alpha/getting-started", "/search?q=alpha", "/no/such/page" })
        {
            using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("preview.js", body, StringComparison.Ordinal);
            Assert.DoesNotContain("content-version", body, StringComparison.Ordinal);
        }
    }
}
