using System.Net;
using AngleSharp.Html.Dom;

namespace MlEngineerSite.Tests.Integration;

/// <summary>Follows every link on the given pages to this site: each target answers 200 and each #fragment names an element there.</summary>
public static class LinkCrawl
{
    /// <returns>How many links were followed.</returns>
    public static async Task<int> AssertEveryLinkResolvesAsync(HttpClient client, IEnumerable<string> paths)
    {
        var pages = new Dictionary<string, IHtmlDocument>();
        async Task<IHtmlDocument> Page(string path) =>
            pages.TryGetValue(path, out var page) ? page : pages[path] = await client.GetDocumentAsync(path);

        var followed = 0;
        foreach (var path in paths)
        {
            foreach (var href in (await Page(path)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct())
            {
                var target = new Uri(new Uri("https://site.test" + path), href);
                if (target.Host != "site.test")
                {
                    continue;
                }

                followed++;
                if (Path.HasExtension(target.AbsolutePath))
                {
                    using var response = await client.GetAsync(target.PathAndQuery, TestContext.Current.CancellationToken);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} links to {href}, which answers {(int)response.StatusCode}");
                    continue;
                }

                var document = await Page(target.PathAndQuery);
                if (target.Fragment.Length > 1)
                {
                    Assert.True(document.GetElementById(Uri.UnescapeDataString(target.Fragment[1..])) is not null,
                        $"{path} links to {href}, but {target.AbsolutePath} has no element with that ID");
                }
            }
        }

        return followed;
    }
}
