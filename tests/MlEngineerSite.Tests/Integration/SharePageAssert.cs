using AngleSharp.Html.Dom;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Tests.Integration;

public static class SharePageAssert
{
    /// <summary>Checks that a section's share page describes that section, as a link-preview scraper reads it.</summary>
    public static void DescribesSection(IHtmlDocument page, Article article, ArticleSection section, string baseUrl)
    {
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        var url = baseUrl + article.SectionUrl(section);

        Assert.Equal(section.Title, page.QuerySelector("h1")!.TextContent);
        // The heading, its article and the site, dropping the site's name and then the article while it is over 70 characters.
        Assert.StartsWith(section.Title.Length <= 70 ? section.Title : section.Title[..60], page.Title!, StringComparison.Ordinal);
        Assert.InRange(page.Title!.Length, 1, 70);
        Assert.True(page.Title.Contains(article.Title, StringComparison.Ordinal) || $"{section.Title} – {article.Title}".Length > 70, page.Title);
        Assert.Equal(section.Title, Meta("meta[property='og:title']"));
        Assert.Equal(section.Summary, Meta("meta[property='og:description']"));
        Assert.Equal(section.Summary, Meta("meta[name=description]"));
        Assert.Equal(url, Meta("meta[property='og:url']"));
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal(baseUrl + "/cards" + article.SectionUrl(section) + ".png", Meta("meta[property='og:image']"));
        Assert.Equal(Meta("meta[property='og:image']"), Meta("meta[name='twitter:image']"));
        Assert.Equal(("image/png", "1200", "630"), (Meta("meta[property='og:image:type']"), Meta("meta[property='og:image:width']"), Meta("meta[property='og:image:height']")));
        Assert.StartsWith(section.Title, Meta("meta[property='og:image:alt']"), StringComparison.Ordinal);
        Assert.Equal(section.Title, Meta("meta[name='twitter:title']"));
        Assert.Equal(section.Summary, Meta("meta[name='twitter:description']"));
        Assert.False(string.IsNullOrEmpty(Meta("meta[property='og:site_name']")));
        Assert.InRange(section.Summary.Length, 1, 160);
        Assert.False(section.Summary.EndsWith(':'), section.Summary);
        Assert.Equal($"{article.Url}#{section.Id}", page.QuerySelector(".full-article a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".context a"), a => a.GetAttribute("href") == article.Url && a.TextContent == article.Title);
    }
}
