using System.Xml.Linq;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The static export, as a self-hoster would put it on a static host or a CDN.</summary>
public sealed class ExportTests
{
    private static string FileFor(string root, string path)
    {
        var relative = path == "/" ? "index.html" : Path.HasExtension(path) ? path.TrimStart('/') : path.TrimStart('/') + ".html";
        return Path.Combine(root, relative);
    }

    [Fact]
    public async Task Export_WritesEveryPage_AndEveryInternalLinkResolvesInsideIt()
    {
        using var output = new TempContent(copyBasic: false);
        var (exitCode, log) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Content__Path"] = TestPaths.BasicContent, ["Site__BaseUrl"] = "https://static.example" },
            "export", output.Folder);
        Assert.True(exitCode == 0, log);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(output.Folder, "sitemap.xml"));
        var pages = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            var file = FileFor(output.Folder, page);
            Assert.True(File.Exists(file), $"{page} was not exported");
            var html = Html.Parse(File.ReadAllText(file));
            var card = new Uri(html.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
            Assert.Equal((1200, 630), CardTests.PngSize(File.ReadAllBytes(FileFor(output.Folder, card.AbsolutePath))));
            foreach (var href in html.QuerySelectorAll("a[href], link[rel=stylesheet], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                var target = new Uri(new Uri("https://static.example" + page), href);
                if (target.Host != "static.example")
                {
                    continue;
                }

                var targetFile = FileFor(output.Folder, target.AbsolutePath);
                Assert.True(File.Exists(targetFile), $"{page} links to {href}, which the export does not contain");
                if (target.Fragment.Length > 1)
                {
                    Assert.NotNull(Html.Parse(File.ReadAllText(targetFile)).GetElementById(target.Fragment[1..]));
                }

                checkedLinks++;
            }
        }

        Assert.Equal(["/", "/articles/alpha", "/articles/beta", "/articles/gamma"], pages);
        Assert.True(checkedLinks > 30, $"only {checkedLinks} links checked");
        Assert.True(File.Exists(Path.Combine(output.Folder, "articles/alpha/getting-started.html")));
        Assert.True(File.Exists(Path.Combine(output.Folder, "cards/articles/alpha/getting-started.png")));
        Assert.Equal("Page not found", Html.Parse(File.ReadAllText(Path.Combine(output.Folder, "404.html"))).QuerySelector("h1")!.TextContent);
        Assert.Equal("0; url=/articles/alpha", Html.Parse(File.ReadAllText(Path.Combine(output.Folder, "articles/first-article.html")))
            .QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.All(["feed.xml", "robots.txt", "data/figures.json", "data/figures.csv", "css/site.css", "js/site.js"],
            f => Assert.True(File.Exists(Path.Combine(output.Folder, f)), f));
    }

    [Fact]
    public async Task Export_LeavesOutDraftsAndWhatIsNotLive()
    {
        using var content = new TempContent()
            .Write("articles/future.md", "---\ntitle: Future launch\ndescription: D\npublish: 2099-01-15T09:00Z\n---\n## Notes\n\nText.")
            .Write("articles/gone.md", "---\ntitle: Gone\ndescription: D\nexpires: 2020-01-01\n---\n## Notes\n\nText.")
            .Write("articles/sketch.md", "---\ntitle: Sketch\ndescription: D\ndraft: true\n---\n## Notes\n\nText.")
            .Write("articles/launched.md", "---\ntitle: Launched\ndescription: D\npublish: 2020-01-15T09:00Z\n---\n## Notes\n\nText.");
        using var output = new TempContent(copyBasic: false);

        var (exitCode, log) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = content.Folder }, "export", output.Folder);

        Assert.True(exitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(output.Folder, "articles/launched.html")));
        var everything = string.Join("\n", Directory.EnumerateFiles(output.Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        foreach (var slug in new[] { "future", "gone", "sketch" })
        {
            Assert.False(File.Exists(Path.Combine(output.Folder, $"articles/{slug}.html")), slug);
            Assert.False(Directory.Exists(Path.Combine(output.Folder, $"articles/{slug}")), slug);
            Assert.DoesNotContain($"/articles/{slug}", everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_OfBrokenContent_FailsNamingTheProblem()
    {
        using var content = new TempContent().Write("articles/broken.md", "---\ntitle: B\norder: first\n---\nText.");
        using var output = new TempContent(copyBasic: false);

        var (exitCode, log) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = content.Folder }, "export", output.Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("articles/broken.md:3:8: error: 'order' must be a number, not 'first'", log, StringComparison.Ordinal);
    }
}
