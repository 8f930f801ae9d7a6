using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// Files a hostile or careless editor saves into the content folder (links through other links,
/// pipes, devices, unreadable folders), against the real loader and the real running app on real
/// files: the site stays up on its last good version, the file is named, and nothing from outside
/// the folder is read, let alone shown.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class HostileFilesTests
{
    private static (WebApplicationFactory<Program> Factory, HttpClient Client, ContentStore Store) Start(TempContent content, bool showProblems = false)
    {
        var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:Reload", "Events");
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "100");
            builder.UseSetting("Health:ShowProblems", showProblems ? "true" : "false");
        });
        return (factory, factory.CreateClient(), factory.Services.GetRequiredService<ContentStore>());
    }

    private static string Alpha(TempContent content) => File.ReadAllText(Path.Combine(content.Folder, "articles/alpha.md"));

    private static void Link(TempContent content, string relative, string target) =>
        File.CreateSymbolicLink(Path.Combine(content.Folder, relative), target);

    [Fact]
    public async Task RegisterLinkedThroughAFolderLinkAndDotDot_IsRefused_AndHealthNeverShowsTheFile()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content, showProblems: true);
        await using var _ = factory;

        // e -> /etc/ssl, so e/../passwd is /etc/passwd: a check that resolved '..' as text saw a file inside the folder.
        Link(content, "e", "/etc/ssl");
        Link(content, "published-anchors.txt", "e/../passwd");
        var refused = await store.WaitUntilAsync(s => s.LastError is not null);
        var ready = await client.GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken);

        Assert.Contains(refused.LastError!.Problems, p => p.ToString() == "published-anchors.txt:1:1: error: this is a link to a place outside the content folder, so it is not read");
        Assert.DoesNotContain("root:", ready, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void EnvironmentLinkedThroughProc_IsNotRead()
    {
        using var content = new TempContent();
        Link(content, "d", "/proc/self/fdinfo");
        Link(content, "articles/env.md", "../d/../environ");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/env.md:1:1: error: this is a link to a place outside the content folder, so it is not read");
        Assert.DoesNotContain(problems, p => p.Message.Contains("PATH=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FolderLinkToProc_IsARefusedEdit_AndTheHostKeepsServing()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content);
        await using var _ = factory;
        var version = store.Current.Version;

        Link(content, "d", "/proc");
        var refused = await store.WaitUntilAsync(s => s.LastError is not null);

        Assert.Equal(version, refused.Snapshot.Version);
        Assert.Contains(refused.LastError!.Problems, p => p.ToString() == "d:1:1: error: this is a link to a place outside the content folder, so it is not read");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken)).StatusCode);

        // The reloader is still alive: removing the link and editing an article is published.
        File.Delete(Path.Combine(content.Folder, "d"));
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, after /proc", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.LastError is null && s.Snapshot.BySlug["alpha"].Title == "Alpha, after /proc");
    }

    [Fact]
    public async Task DanglingLinkInArticles_IsSkippedWithAWarning_AtStartAndOnReload()
    {
        using var content = new TempContent();
        Link(content, "articles/gone.md", "nowhere.md");
        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);
        Assert.NotNull(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/gone.md:1:1: warning: this is a link to nothing (its target does not exist), so it is skipped");

        var (factory, _, store) = Start(content);
        await using var _ = factory;
        Link(content, "articles/gone-too.md", "missing.md");
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, beside a dangling link", StringComparison.Ordinal));

        var published = await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, beside a dangling link");
        Assert.Contains(published.Warnings, p => p.Path == "articles/gone-too.md");
    }

    [Fact]
    public void LinkToDevZeroThroughAFolderLink_IsNeverRead()
    {
        using var content = new TempContent();
        Link(content, "d", "/dev/shm");
        Link(content, "articles/zero.md", "../d/../zero");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/zero.md:1:1: error: this is a link to a place outside the content folder, so it is not read");
    }

    [Fact]
    public async Task NamedPipeInArticles_IsSkipped_AndLaterEditsArePublished()
    {
        using var content = new TempContent();
        var (factory, _, store) = Start(content);
        await using var _ = factory;

        var (made, log) = await Command.RunAsync("mkfifo", [Path.Combine(content.Folder, "articles/pipe.md")], content.Folder);
        Assert.True(made == 0, log);
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, beside a pipe", StringComparison.Ordinal));

        var published = await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, beside a pipe");
        Assert.Contains(published.Warnings, p => p.ToString() == "articles/pipe.md:1:1: warning: this is not a regular file (a named pipe, device or socket), so it is skipped");

        File.Delete(Path.Combine(content.Folder, "articles/pipe.md"));
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha, beside a pipe", "title: Alpha, pipe gone", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.Snapshot.BySlug["alpha"].Title == "Alpha, pipe gone");
    }

    [Fact]
    public void LinkLoop_IsSkippedWithAWarning()
    {
        using var content = new TempContent();
        Link(content, "articles/again", "..");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.NotNull(snapshot);
        Assert.Contains(problems, p => p.ToString() == "articles/again:1:1: warning: this link leads back to a folder that is already read (a loop), so it is skipped");
    }

    [Fact]
    public async Task ControlCharacterInATitle_IsRemovedWithAWarning_AndTheFeedIsValidXml()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: \"Delta\\x01 \\x0b\"\ndescription: \"D\\u0007\"\n---\n## Part &#1; one\n\nText\u0002.\n");
        await using var factory = new ContentSiteFactory(content.Folder);
        var store = factory.Services.GetRequiredService<ContentStore>();
        using var client = factory.CreateClient();

        using var feed = await client.GetAsync("/feed.xml", TestContext.Current.CancellationToken);
        var xml = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var page = await client.GetStringAsync("/articles/delta", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Delta");
        Assert.DoesNotContain(page, c => c < ' ' && c is not '\n' and not '\t' and not '\r');
        var warnings = store.State.Warnings.Select(p => p.ToString()).ToList();
        Assert.Contains("articles/delta.md:2:8: warning: removed 2 control or non-character code points from this value, which web pages and feeds may not contain", warnings);
        Assert.Contains("articles/delta.md:5:9: warning: removed the character reference '&#1;', which stands for a control or non-character code point that web pages and feeds may not contain", warnings);
        Assert.Contains("articles/delta.md:7:5: warning: removed 1 control or non-character code point (U+0002 first), which web pages and feeds may not contain", warnings);
    }

    [Fact]
    public async Task RefusedEditThatIsUndone_IsNoLongerReportedByHealth()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content);
        await using var _ = factory;
        var good = Alpha(content);

        content.Write("articles/alpha.md", good.Replace("title: Alpha article", "title: [Alpha, article]", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.LastError is not null);
        content.Write("articles/alpha.md", good);
        await store.WaitUntilAsync(s => s.LastError is null);

        using var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Null, ready.RootElement.GetProperty("lastReloadError").ValueKind);
    }

    [Fact]
    public async Task ProblemMessages_AreShownByHealthOnlyWhenAnOperatorTurnsThemOn()
    {
        using var content = new TempContent();
        var (factory, client, store) = Start(content, showProblems: true);
        await using var _ = factory;

        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: [Alpha, article]", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.LastError is not null);

        using var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken));
        var problems = ready.RootElement.GetProperty("lastReloadError").GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("articles/alpha.md:2:8: error: 'title' must be a non-empty text value", problems);
    }

    [Fact]
    public void RegisterLineThatIsNotAnEntry_IsQuotedShortAndSanitised()
    {
        using var content = new TempContent().Write("published-anchors.txt", "alpha#getting-started\n" + new string('x', 500) + "\u001b[31m\n");

        var (_, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        var problem = Assert.Single(problems, p => p.Path == "published-anchors.txt" && p.Severity == ContentSeverity.Error);
        Assert.Equal($"expected 'slug#section-id', not '{new string('x', 39)}…'", problem.Message);
    }

    [Fact]
    public async Task FilesDeletedRightAfterBeingTouched_NeverStopTheHost()
    {
        using var content = new TempContent();
        for (var i = 0; i < 2000; i++)
        {
            content.Write($"articles/many-{i}.md", $"---\ntitle: Many {i}\ndescription: D\n---\nText.");
        }

        var (factory, client, store) = Start(content);
        await using var _ = factory;
        Assert.Equal(2003, store.Current.Articles.Count);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(content.Folder, "articles"), "many-*.md").ToList())
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(content.Folder, "articles"), "many-*.md").ToList())
        {
            File.Delete(file);
        }

        await store.WaitUntilAsync(s => s.Snapshot.Articles.Count == 3 && s.LastError is null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task FileWrittenInPieces_IsPublishedWhole_NeverOnePieceAtATime()
    {
        using var content = new TempContent();
        using var captured = new CapturedOutput();
        var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "50");
            builder.UseSetting("Content:SettleMilliseconds", "3000");
            builder.UseSetting("Log:Level", "Information");
            builder.ConfigureTestServices(services => services.AddSingleton(_ => new Hosting.Logging.LogOutput(captured)));
        });
        await using var _ = factory;
        var store = factory.Services.GetRequiredService<ContentStore>();
        var published = new List<ContentSnapshot>();
        store.StateChanged += state => { lock (published) { published.Add(state.Snapshot); } };

        var path = Path.Combine(content.Folder, "articles/delta.md");
        File.WriteAllText(path, "---\ntitle: Delta\ndescription: D\n---\n## Part one\n\nFirst.\n");
        await captured.WaitForLineAsync(l => l.Contains("Waiting for articles/delta.md to stop changing", StringComparison.Ordinal));
        File.AppendAllText(path, "\n## Part two\n\nSecond.\n");
        var whole = await store.WaitUntilAsync(s => s.Snapshot.BySlug.ContainsKey("delta"));

        Assert.Equal(["part-one", "part-two"], whole.Snapshot.BySlug["delta"].Sections.Where(s => s.Kind == SectionKind.Text).Select(s => s.Id));
        lock (published)
        {
            Assert.All(published.Where(s => s.BySlug.ContainsKey("delta")), s => Assert.Equal(2, s.BySlug["delta"].Headings.Count));
        }
    }

    [Fact]
    public async Task UnreadableFolder_UnderANonRootUser_IsSkippedWithAWarning_AtStartAndOnReload()
    {
        using var content = new TempContent();
        var lostAndFound = Directory.CreateDirectory(Path.Combine(content.Folder, "lost+found")).FullName;
        File.SetUnixFileMode(lostAndFound, UnixFileMode.None);
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = content.Folder,
            ["Content__ReloadDebounceMilliseconds"] = "100",
            ["Content__SettleMilliseconds"] = "0",
        };
        // The image runs as a non-root user; root reads a mode-000 folder anyway, so drop to nobody as the container tests do.
        using var app = Environment.UserName == "root"
            ? AppProcess.Launch("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "MlEngineerSite.dll"),
                "--urls", "http://127.0.0.1:0", "--contentRoot", TestPaths.AppProject], environment, TestPaths.AppProject)
            : AppProcess.Start(environment);
        var address = await app.WaitUntilListeningAsync();
        await app.WaitForOutputAsync(l => l.Contains("lost+found:1:1: warning: this cannot be read (permission denied), so it is skipped", StringComparison.Ordinal));

        File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(content.Folder, "articles/private")).FullName, UnixFileMode.None);
        content.Write("articles/alpha.md", Alpha(content).Replace("title: Alpha article", "title: Alpha, beside a locked folder", StringComparison.Ordinal));
        await app.WaitForOutputAsync(l => l.Contains("Content reloaded", StringComparison.Ordinal));

        using var client = new HttpClient { BaseAddress = address };
        var page = await client.GetDocumentAsync("/articles/alpha");
        Assert.Equal("Alpha, beside a locked folder", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("articles/private:1:1: warning: this cannot be read (permission denied), so it is skipped", app.Output, StringComparison.Ordinal);
        File.SetUnixFileMode(lostAndFound, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(Path.Combine(content.Folder, "articles/private"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
