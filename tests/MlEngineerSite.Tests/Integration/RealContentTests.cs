using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;

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
        var paths = content.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Prepend("/").ToList();

        var followed = await LinkCrawl.AssertEveryLinkResolvesAsync(client, paths);

        Assert.True(paths.Count > 60 && followed > 500, $"only {paths.Count} pages and {followed} links crawled");
    }

    [Fact]
    public void BundledContent_RegistersEveryPublishedSection()
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.RealContent, TestClock.Options);
        var register = File.ReadAllLines(Path.Combine(TestPaths.RealContent, MlEngineerSite.Sharing.PublishedAnchorRegister.FileName));

        Assert.All(snapshot!.Articles.SelectMany(a => a.Sections.Select(s => $"{a.Slug}#{s.Id}")), entry => Assert.Contains(entry, register));
    }
}
