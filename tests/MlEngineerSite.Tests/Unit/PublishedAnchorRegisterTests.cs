using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Tests.Unit;

/// <summary>The register of published section IDs, checked and updated on real folders.</summary>
public sealed class PublishedAnchorRegisterTests
{
    private static string Problems(TempContent content) => string.Join("\n", ContentLoader.Load(content.Folder, TestClock.Options).Problems);

    [Fact]
    public void RegisteredSectionsThatExist_AreFine()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "alpha#getting-started\nbeta#side-by-side\n");

        Assert.Empty(Problems(content));
    }

    [Fact]
    public void VanishedSection_WithoutAlias_IsAnErrorNamingTheRegisterLine()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "# published anchors\nalpha#getting-started\nalpha#gone\n");

        Assert.Contains(
            "published-anchors.txt:3:1: error: 'alpha#gone' was published, but articles/alpha.md has no section 'gone': add 'anchor_aliases: { gone: current-id }'",
            Problems(content));
    }

    [Fact]
    public void RenamedHeading_WithAnAnchorAlias_KeepsTheRegisterValid()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "alpha#old-start\n");

        Assert.Empty(Problems(content));
    }

    [Fact]
    public void RenamedArticle_IsFoundThroughItsSlugAlias()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "first-article#getting-started\n");

        Assert.Empty(Problems(content));
    }

    [Fact]
    public void VanishedArticle_IsAnError()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "omega#intro\n");

        Assert.Contains("published-anchors.txt:1:1: error: 'omega#intro' was published, but no article has the slug 'omega'", Problems(content));
    }

    [Fact]
    public void MalformedLine_IsAnError()
    {
        using var content = new TempContent().Write(PublishedAnchorRegister.FileName, "alpha\n");

        Assert.Contains("published-anchors.txt:1:1: error: expected 'slug#section-id', not 'alpha'", Problems(content));
    }

    [Fact]
    public void Update_AddsEverySection_KeepsOldEntries_SortedAndOnce()
    {
        var articles = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options).Snapshot!.Articles;

        var updated = PublishedAnchorRegister.Update("zeta#kept-forever\nalpha#table\n", articles).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("zeta#kept-forever", updated);
        Assert.Equal(updated.Order(StringComparer.Ordinal), updated);
        Assert.Equal(updated.Distinct(), updated);
        Assert.All(articles.SelectMany(a => a.Sections.Select(s => $"{a.Slug}#{s.Id}")), entry => Assert.Contains(entry, updated));
        Assert.Equal(articles.Sum(a => a.Sections.Count) + 1, updated.Length);
    }

    [Fact]
    public void Update_IsIdempotent()
    {
        var articles = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options).Snapshot!.Articles;
        var once = PublishedAnchorRegister.Update(null, articles);

        Assert.Equal(once, PublishedAnchorRegister.Update(once, articles));
    }

    [Fact]
    public void SlugAliasTakenByAnotherArticle_IsAnError()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: D\ndescription: D\naliases: [beta]\n---\nText.");

        Assert.Contains("alias 'beta' is already used by articles/beta.md", Problems(content));
    }
}
