using MlEngineerSite.Pages;

namespace MlEngineerSite.Tests.Unit;

/// <summary>The &lt;title&gt; of a page stays within the 70 characters search results show, dropping what matters least first.</summary>
public sealed class PageTitleTests
{
    private const string Site = "ML Engineer Careers";

    [Fact]
    public void ShortTitle_KeepsTheSiteName() =>
        Assert.Equal("Salary · ML Engineer Careers", new PageMeta("Salary", null, "/").PageTitle(Site));

    [Fact]
    public void LongerTitle_DropsTheSiteNameFirst()
    {
        var title = "Location – Salary: the figures and what moves them, in detail";

        Assert.Equal(title, new PageMeta(title, null, "/") { ShortTitle = "Location" }.PageTitle(Site));
    }

    [Fact]
    public void SectionTitle_DropsItsArticleNext()
    {
        var title = "Moving between these jobs and ML engineering – Similar occupations: pay, jobs and outlook";

        Assert.Equal("Moving between these jobs and ML engineering", new PageMeta(title, null, "/") { ShortTitle = "Moving between these jobs and ML engineering" }.PageTitle(Site));
    }

    [Fact]
    public void TitleTooLongOnItsOwn_IsCutAtAWord()
    {
        var heading = string.Join(' ', Enumerable.Repeat("responsibilities", 10));

        var title = new PageMeta(heading + " – Article", null, "/") { ShortTitle = heading }.PageTitle(Site);

        Assert.InRange(title.Length, 1, 70);
        Assert.EndsWith("responsibilities…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTitle_IsTheSiteName() =>
        Assert.Equal(Site, new PageMeta(null, null, "/").PageTitle(Site));
}
