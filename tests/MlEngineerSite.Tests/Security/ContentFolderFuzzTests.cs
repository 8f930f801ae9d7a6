using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// A fuzz target for the content folder itself: random trees of regular files, named pipes, links
/// (to files and folders, inside and outside, dangling, looping, through <c>..</c>), oversized files
/// and unreadable folders. Every load must finish, never throw, and never put a byte of a file
/// outside the folder into a problem, a page or the public health report. CI runs a fixed budget
/// with a fixed seed; FUZZ_ITERATIONS and FUZZ_SEED search longer.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ContentFolderFuzzTests
{
    private const string Secret = "outside-secret-7f3a9c";
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RandomFolders_LoadWithinTheirTime_AndNeverShowAnythingFromOutside()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261202;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n / 10 : 150;
        var random = new Random(seed);
        using var outside = new TempContent(copyBasic: false).Write("secret.md", $"---\ntitle: {Secret}\ndescription: {Secret}\n---\n{Secret}\n");
        var loaded = 0;

        for (var i = 0; i < iterations; i++)
        {
            using var content = new TempContent();
            var made = await MakeHostileTreeAsync(random, content, outside.Folder);
            var context = $"iteration {i} (seed {seed}): {string.Join(", ", made)}";
            var load = Task.Run(() => ContentLoader.Load(content.Folder, TestClock.Options with { MaxFileBytes = 4096 }), TestContext.Current.CancellationToken);
            var (snapshot, problems) = await load.WaitAsync(LoadTimeout, TestContext.Current.CancellationToken);

            Assert.All(problems, p => Assert.False(p.ToString().Contains(Secret, StringComparison.Ordinal) || p.ToString().Contains("root:x:0:0", StringComparison.Ordinal), context));
            if (snapshot is not null)
            {
                loaded++;
                Assert.All(snapshot.ArticlesAndPages, a => Assert.False((a.Html + a.Title + a.Description).Contains(Secret, StringComparison.Ordinal), context));
                Assert.All(snapshot.Brand.Assets, a => Assert.False(System.Text.Encoding.UTF8.GetString(a.Bytes).Contains(Secret, StringComparison.Ordinal) || a.Bytes.Length > 4096, context));
            }
        }

        // Trees with only skipped entries (pipes, dangling links) still load: the target must reach both outcomes.
        Assert.InRange(loaded, 1, iterations - 1);
    }

    [Fact]
    public async Task HealthReport_WithProblemsShown_NeverContainsBytesFromOutsideTheFolder()
    {
        using var outside = new TempContent(copyBasic: false).Write("secret.md", $"---\ntitle: {Secret}\n---\n{Secret}\n");
        using var content = new TempContent();
        await using var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "50");
            builder.UseSetting("Health:ShowProblems", "true");
        });
        var store = factory.Services.GetRequiredService<ContentStore>();
        using var client = factory.CreateClient();
        var random = new Random(20261203);

        for (var i = 0; i < 6; i++)
        {
            var before = store.State;
            var made = await MakeHostileTreeAsync(random, content, outside.Folder);
            content.Write($"articles/canary-{i}.md", $"---\ntitle: Canary {i}\ndescription: D\n---\nText."); // A change the reloader publishes or refuses.
            await store.WaitUntilAsync(state => state != before);
            var ready = await client.GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken);

            var context = string.Join(", ", made);
            Assert.False(ready.Contains(Secret[..12], StringComparison.Ordinal) || ready.Contains("root:x", StringComparison.Ordinal), context);
            Assert.False(ready.Contains(outside.Folder, StringComparison.Ordinal) || ready.Contains(content.Folder, StringComparison.Ordinal), context);
        }
    }

    /// <summary>Adds one to four hostile entries to the folder and says what they were.</summary>
    private static async Task<List<string>> MakeHostileTreeAsync(Random random, TempContent content, string outside)
    {
        var made = new List<string>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var name = $"h{random.Next(1000)}";
            // pages/ and brand/ too: a site.yaml below may name the entry as the logo or the stylesheet.
            var place = random.Next(5) switch { 0 => "articles", 1 => "data", 2 => "pages", 3 => "brand", _ => "." };
            Directory.CreateDirectory(Path.Combine(content.Folder, place));
            var relative = Path.Combine(place, name + (random.Next(3) switch { 0 => ".md", 1 => ".svg", _ => "" }));
            var path = Path.Combine(content.Folder, relative);
            if (File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                continue;
            }

            var kind = random.Next(10);
            made.Add($"{relative}:{kind}");
            switch (kind)
            {
                case 0:
                    File.CreateSymbolicLink(path, Path.Combine(outside, "secret.md"));
                    break;
                case 1:
                    Directory.CreateSymbolicLink(path, outside);
                    break;
                case 2:
                    // A folder link inside, then '..' out of it: the text says inside, the kernel says outside.
                    Directory.CreateSymbolicLink(Path.Combine(content.Folder, "d" + name), "/etc/ssl");
                    File.CreateSymbolicLink(path, Path.Combine("..", "d" + name, "..", "passwd"));
                    break;
                case 3:
                    var (exit, log) = await Command.RunAsync("mkfifo", [path], content.Folder);
                    Assert.True(exit == 0, log);
                    break;
                case 4:
                    File.CreateSymbolicLink(path, "nowhere-" + name);
                    break;
                case 5:
                    Directory.CreateSymbolicLink(path, "..");
                    break;
                case 6:
                    File.WriteAllText(path, new string('x', 5000)); // Over the 4 KB cap of the fuzz loads.
                    break;
                case 7:
                    File.SetUnixFileMode(Directory.CreateDirectory(path).FullName, UnixFileMode.None);
                    break;
                case 8:
                    File.CreateSymbolicLink(path, "/dev/zero");
                    break;
                default:
                    File.CreateSymbolicLink(path, "/proc/self/environ");
                    break;
            }
        }

        if (made.Count > 0 && random.Next(2) == 0)
        {
            var named = made[random.Next(made.Count)].Split(':')[0];
            content.Write("site.yaml", $"logo:\n  file: \"{named}\"\n  alt: Logo\nstylesheet: \"{named}\"\nfavicon: \"{named}\"\n");
            made.Add($"site.yaml naming {named}");
        }

        return made;
    }
}
