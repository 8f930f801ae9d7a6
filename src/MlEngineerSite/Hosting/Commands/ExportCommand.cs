using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures.Downloads;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>export DIR</c>: writes the whole site as static files for any static host or CDN. It runs the
/// real app on a loopback port and saves what it serves: every page as <c>path.html</c> (the home
/// page as <c>index.html</c>), every section page, the tag pages and their feeds, each page's card
/// (<c>cards/...png</c>), the sitemap, feed, robots.txt, downloads, the web root's assets,
/// <c>404.html</c>, a redirect page for each old slug, and search: the search page with
/// <c>search-index.json</c>, which its script reads (<see cref="Search.StaticSearchIndex"/>).
/// </summary>
public static class ExportCommand
{
    public static int Run(string directory, string[] hostArgs, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Log:Level"] = "Warning";
        builder.Configuration["Content:Reload"] = nameof(ContentReloadMode.Off);
        var app = builder.AddSite().Build();
        app.UseSite().MapSite();
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (StartupFailure.Message(e) is { } message)
        {
            output.WriteLine(message);
            return 1;
        }

        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var content = app.Services.GetRequiredService<ContentStore>().Current;
            var written = Export(client, content, Path.GetFullPath(directory), app.Environment.WebRootPath);
            output.WriteLine($"{directory}: wrote {written} files for {content.Articles.Count} articles");
            return 0;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
        }
    }

    private static int Export(HttpClient client, ContentSnapshot content, string directory, string webRoot)
    {
        Directory.CreateDirectory(directory);
        using var language = content.Brand.Language.Use(); // The redirect pages' words.
        var written = 0;
        foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories))
        {
            written += Write(directory, Path.GetRelativePath(webRoot, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        string[] files = ["/sitemap.xml", "/feed.xml", "/robots.txt", FigureDownloads.JsonPath, FigureDownloads.CsvPath, .. content.Brand.Assets.Select(a => a.Url)];
        var tags = content.Tags.Count == 0 ? [] : content.Tags.SelectMany(t => new[] { t.Url, t.FeedUrl }).Prepend("/tags");
        var pages = content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Prepend("/").Concat(content.Pages.Select(p => p.Url)).Concat(tags.Where(t => !t.EndsWith(".xml", StringComparison.Ordinal))).ToList();
        var cards = pages.Select(Cards.CardPaths.For);
        foreach (var path in files.Concat(pages).Concat(tags.Where(t => t.EndsWith(".xml", StringComparison.Ordinal))).Concat(cards))
        {
            written += Write(directory, FileFor(path), Fetch(client, path, expectSuccess: true));
        }

        written += Write(directory, "404.html", Fetch(client, "/404", expectSuccess: false));
        // Search without a server: the search page, whose script matches words against this index.
        written += Write(directory, FileFor("/search"), Fetch(client, "/search", expectSuccess: true));
        written += Write(directory, FileFor(Search.StaticSearchIndex.Path), Search.StaticSearchIndex.For(content));
        foreach (var article in content.Articles)
        {
            foreach (var alias in article.Aliases)
            {
                written += Write(directory, FileFor($"/articles/{alias}"), System.Text.Encoding.UTF8.GetBytes(RedirectPage(article)));
            }
        }

        return written;
    }

    /// <summary>Where a site path is saved: <c>/</c> as index.html, <c>/a/b</c> as a/b.html, files under their own name.</summary>
    public static string FileFor(string path) =>
        path == "/" ? "index.html" : Path.HasExtension(path) ? path.TrimStart('/') : path.TrimStart('/') + ".html";

    private static byte[] Fetch(HttpClient client, string path, bool expectSuccess)
    {
        using var response = client.GetAsync(path).GetAwaiter().GetResult();
        if (expectSuccess && !response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} during export");
        }

        return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }

    private static int Write(string directory, string relativePath, byte[] bytes)
    {
        var target = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        return 1;
    }

    private static string RedirectPage(Article article) => Rendering.ComponentHtml.Render<RedirectPage>(("Article", article));
}
