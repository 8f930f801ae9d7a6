using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

[Collection(nameof(SiteCollection))]
public sealed class SharingTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private ContentSnapshot Content => factory.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public async Task EverySectionOfEveryArticle_HasASharePage_DescribingThatSection()
    {
        var count = 0;
        foreach (var article in Content.Articles)
        {
            foreach (var section in article.Sections)
            {
                SharePageAssert.DescribesSection(await _client.GetDocumentAsync(article.SectionUrl(section)), article, section, ContentSiteFactory.BaseUrl);
                count++;
            }
        }

        Assert.True(count >= 8, $"only {count} sections");
    }

    [Fact]
    public async Task SharePage_ShowsTheSectionUpToTheNextHeadingOfItsLevel()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha/getting-started");
        var prose = page.QuerySelector(".prose")!;

        Assert.Equal(["details"], prose.QuerySelectorAll("h2, h3, h4").Select(h => h.Id));
        Assert.DoesNotContain("duplicate heading", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharePage_LinksToOtherPartsOfTheArticle_OnTheArticle()
    {
        // alpha's "Details" links to #getting-started, which is not on the Details share page.
        var details = await _client.GetDocumentAsync("/articles/alpha/details");
        var article = await _client.GetDocumentAsync("/articles/alpha");

        Assert.Equal("/articles/alpha#getting-started", details.QuerySelector(".prose a[href$='#getting-started']")!.GetAttribute("href"));
        Assert.NotNull(article.QuerySelector(".prose a[href='#getting-started']"));
    }

    [Theory]
    [InlineData("/articles/alpha/no-such-section")]
    [InlineData("/articles/no-such-article/getting-started")]
    public async Task UnknownSection_Is404(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Articles/Alpha", "/articles/alpha")]
    [InlineData("/articles/alpha/", "/articles/alpha")]
    [InlineData("/articles/alpha/?utm_source=job-post", "/articles/alpha?utm_source=job-post")]
    [InlineData("/articles/alpha/Getting-Started", "/articles/alpha/getting-started")]
    [InlineData("/articles/first-article?ref=1", "/articles/alpha?ref=1")]
    [InlineData("/articles/alpha/old-start", "/articles/alpha/getting-started")]
    [InlineData("/articles/first-article/old-start?x=y", "/articles/alpha/getting-started?x=y")]
    [InlineData("/articles/first-article/details", "/articles/alpha/details")]
    public async Task OldOrNonCanonicalUrl_Answers301ToTheCurrentOne(string path, string location)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OldSectionId_StaysALinkTarget_JustBeforeTheCurrentHeading()
    {
        var alias = (await _client.GetDocumentAsync("/articles/alpha")).GetElementById("old-start")!;

        Assert.Equal("anchor-alias", alias.ClassName);
        Assert.Equal("getting-started", alias.NextElementSibling!.Id);
    }

    [Fact]
    public async Task EverySectionHeading_HasALinkToItself()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");

        foreach (var heading in page.QuerySelectorAll(".prose h2, .prose h3, .prose h4"))
        {
            Assert.Equal("#" + heading.Id, heading.QuerySelector("a.heading-link")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task HeadingIds_AreIdenticalAcrossRestarts()
    {
        await using var second = new SiteFactory();
        var first = (await _client.GetDocumentAsync("/articles/alpha")).QuerySelectorAll("[id]").Select(e => e.Id);
        var again = (await second.CreateClient().GetDocumentAsync("/articles/alpha")).QuerySelectorAll("[id]").Select(e => e.Id);

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task AtomFeed_ListsEveryArticle_WithTitleSummaryAndUpdated()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        using var response = await _client.GetAsync("/feed.xml", TestContext.Current.CancellationToken);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Content.Articles.Count, entries.Count);
        foreach (var article in Content.Articles)
        {
            var entry = entries.Single(e => e.Element(atom + "id")!.Value == ContentSiteFactory.BaseUrl + article.Url);
            Assert.Equal(article.Title, entry.Element(atom + "title")!.Value);
            Assert.Equal(article.Description, entry.Element(atom + "summary")!.Value);
            Assert.Equal(article.Updated.ToString("yyyy-MM-dd") + "T00:00:00Z", entry.Element(atom + "updated")!.Value);
        }
    }

    [Fact]
    public async Task EveryPage_LinksToTheFeed()
    {
        foreach (var path in new[] { "/", "/articles/alpha", "/articles/alpha/details" })
        {
            var link = (await _client.GetDocumentAsync(path)).QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
            Assert.Equal("/feed.xml", link.GetAttribute("href"));
        }
    }
}
