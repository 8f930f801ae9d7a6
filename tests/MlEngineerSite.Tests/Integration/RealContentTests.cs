using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The one smoke test on the repository's real content/: it loads, and every article and figure page renders.</summary>
public sealed class RealContentTests
{
    [Fact]
    public async Task BundledContent_LoadsWithoutProblems_AndEveryArticleRenders()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;

        Assert.Equal(Path.GetFullPath(TestPaths.RealContent), factory.Services.GetRequiredService<ContentStore>().Folder);
        Assert.True(content.Articles.Count >= 8, $"only {content.Articles.Count} articles");
        Assert.NotNull(content.ComparisonArticle);
        Assert.NotNull(content.FiguresArticle);
        foreach (var article in content.Articles)
        {
            using var response = await client.GetAsync(article.Url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(article.Description));
            Assert.NotEmpty(article.Sources);
        }
    }

    [Fact]
    public async Task EverySectionOfTheBundledContent_HasASharePage_DescribingThatSection()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;

        foreach (var article in content.Articles)
        {
            foreach (var section in article.Sections)
            {
                SharePageAssert.DescribesSection(await client.GetDocumentAsync(article.SectionUrl(section)), article, section, ContentSiteFactory.BaseUrl);
            }
        }

        Assert.True(content.Articles.Sum(a => a.Sections.Count) >= 50);
    }

    [Fact]
    public void BundledContent_HasNoProblems_ButStaleFigures()
    {
        // Which figures are stale depends on the date the suite runs; every other problem is a defect.
        var (snapshot, problems) = ContentLoader.Load(TestPaths.RealContent);

        Assert.NotNull(snapshot);
        Assert.All(problems, p => Assert.EndsWith("newer data may exist", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryInternalLinkAndFragment_OnEveryBundledPage_Resolves()
    {
        await using var factory = new RealContentFactory();
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        var pages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>();
        async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string path) =>
            pages.TryGetValue(path, out var page) ? page : pages[path] = await client.GetDocumentAsync(path);

        var paths = content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Prepend("/").ToList();
        foreach (var path in paths)
        {
            foreach (var href in (await Page(path)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct())
            {
                var target = new Uri(new Uri("https://site.test" + path), href);
                if (target.Host != "site.test" || Path.HasExtension(target.AbsolutePath))
                {
                    continue;
                }

                var document = await Page(target.PathAndQuery);
                if (target.Fragment.Length > 1)
                {
                    Assert.True(document.GetElementById(Uri.UnescapeDataString(target.Fragment[1..])) is not null, $"{path} links to {href}, which does not exist");
                }
            }
        }

        Assert.True(pages.Count > 60, $"only {pages.Count} pages crawled");
    }

    [Fact]
    public void BundledContent_RegistersEveryPublishedSection()
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.RealContent, TestClock.Options);
        var register = File.ReadAllLines(Path.Combine(TestPaths.RealContent, MlEngineerSite.Sharing.PublishedAnchorRegister.FileName));

        Assert.All(snapshot!.Articles.SelectMany(a => a.Sections.Select(s => $"{a.Slug}#{s.Id}")), entry => Assert.Contains(entry, register));
    }
}
