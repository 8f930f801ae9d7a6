using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Unit;

/// <summary>pages/: read like articles, linked to and from them, scheduled like them, one page per slug.</summary>
public sealed class PagesFolderTests
{
    private static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(TempContent content, ContentLoadOptions? options = null) =>
        ContentLoader.Load(content.Folder, options ?? TestClock.Options);

    private static string Page(string title, string body, string extra = "") => $"---\ntitle: {title}\ndescription: About {title}.\n{extra}---\n\n{body}\n";

    [Fact]
    public void LinksBetweenPagesAndArticles_LeadToTheirAddresses_AndABrokenOneFailsTheCheck()
    {
        using var content = new TempContent()
            .Write("pages/about.md", Page("About", "[Contact](contact.md), [alpha](../articles/alpha.md), [by slug](alpha), [gone](missing.md)."))
            .Write("pages/contact.md", Page("Contact", "Write to us."))
            .Write("articles/links.md", Page("Links", "See [about us](../pages/about.md) and [contact](/pages/contact)."));

        var (snapshot, problems) = Load(content);

        Assert.True(snapshot is not null, string.Join("\n", problems));
        var about = snapshot.PagesBySlug["about"].Html;
        Assert.Contains("href=\"/pages/contact\"", about, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/alpha\"", about, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"alpha\"", about, StringComparison.Ordinal); // From /pages/ the browser would look for /pages/alpha.
        Assert.Contains("href=\"/pages/about\"", snapshot.BySlug["links"].Html, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Path == "pages/about.md" && p.Message.Contains("missing.md", StringComparison.Ordinal) && p.Severity == ContentSeverity.Error);
        Assert.DoesNotContain(snapshot.Articles, a => a.IsPage);
        Assert.Equal(["/pages/about", "/pages/contact"], snapshot.Pages.Select(p => p.Url));
    }

    [Fact]
    public void ALinkToAPageThatIsNotThere_FailsTheCheck()
    {
        using var content = new TempContent().Write("articles/links.md", Page("Links", "See [about us](/pages/abuot)."));

        var (_, problems) = Load(content);

        Assert.Contains(problems, p => p.Path == "articles/links.md" && p.Message.StartsWith("broken link", StringComparison.Ordinal));
    }

    [Fact]
    public void AScheduledPage_IsHiddenUntilItsTime_AndTheLoadSaysWhenToLookAgain()
    {
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        using var content = new TempContent().Write("pages/open-day.md", Page("Open day", "Come and see us.", "publish: 2025-03-01T09:00:00Z\n"));

        var (before, _) = Load(content, ContentLoadOptions.At(at.AddHours(-1)));
        var (after, _) = Load(content, ContentLoadOptions.At(at));

        Assert.Empty(before!.Pages);
        Assert.Equal(at, before.NextScheduledChange);
        Assert.Single(after!.Pages);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void TwoPagesWithOneSlug_AreAnError()
    {
        using var content = new TempContent()
            .Write("pages/about.md", Page("About", "One."))
            .Write("pages/more/about.md", Page("About again", "Two.", "slug: about\n"));

        var (snapshot, problems) = Load(content);

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Message.StartsWith("the page slug 'about' is already", StringComparison.Ordinal));
    }
}
