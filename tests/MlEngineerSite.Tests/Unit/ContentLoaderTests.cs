using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Loads real folders on disk, as the app does at start-up.</summary>
public sealed class ContentLoaderTests
{
    private static string Problems(TempContent content) => string.Join("\n", ContentLoader.Load(content.Folder, TestClock.Options).Problems);

    [Fact]
    public void BasicTestContent_LoadsWithoutProblems()
    {
        var (snapshot, problems) = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options);

        Assert.Empty(problems);
        Assert.Equal(["alpha", "beta", "gamma"], snapshot!.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Articles_AreOrderedByOrderThenTitle()
    {
        using var content = new TempContent()
            .Write("articles/zulu.md", "---\ntitle: Zulu\ndescription: D\norder: 1\n---\nZ")
            .Write("articles/aardvark.md", "---\ntitle: Aardvark\ndescription: D\n---\nA");

        var titles = ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!.Articles.Select(a => a.Title);

        Assert.Equal(["Alpha article", "Zulu", "Beta versus", "Gamma figures", "Aardvark"], titles);
    }

    [Fact]
    public void SlugsThatDifferOnlyInCase_AreAnError()
    {
        using var content = new TempContent().Write("articles/second.md", "---\ntitle: T\ndescription: D\nslug: alpha\n---\nBody");

        Assert.Contains("articles/second.md:1:1: error: slug 'alpha' is already used by articles/alpha.md", Problems(content));
    }

    [Fact]
    public void LinkToMissingArticle_IsAnErrorWithLine()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: T\ndescription: D\n---\nIntro.\n\nSee [this](/articles/nowhere).");

        Assert.Contains("articles/delta.md:7:5: error: broken link: no article at '/articles/nowhere'", Problems(content));
    }

    [Fact]
    public void LinkToMissingAnchor_IsAnErrorWithLine()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: T\ndescription: D\n---\nSee [this](/articles/alpha#no-such-section) and [that](#nor-this).");

        var problems = Problems(content);

        Assert.Contains("articles/delta.md:5:5: error: broken link: 'articles/alpha.md' has no heading with the ID '#no-such-section'", problems);
        Assert.Contains("'articles/delta.md' has no heading with the ID '#nor-this'", problems);
    }

    [Fact]
    public void LinkToASectionsSharePage_IsChecked_AndKeptWhenTheSectionIsThere()
    {
        using var content = new TempContent().Write("articles/delta.md", "---\ntitle: T\ndescription: D\n---\nShare [this](/articles/alpha/getting-started) but not [that](/articles/alpha/no-such-section).");

        var problems = Problems(content);
        var (snapshot, _) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.DoesNotContain("getting-started", problems, StringComparison.Ordinal);
        Assert.Contains("articles/delta.md:5:55: error: broken link: 'articles/alpha.md' has no section with the ID 'no-such-section' to share", problems);
        Assert.Contains("href=\"/articles/alpha/getting-started\"", snapshot!.BySlug["delta"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolder_IsAnError()
    {
        var (snapshot, problems) = ContentLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.Null(snapshot);
        Assert.Contains("the content folder does not exist", problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithoutDataFiles_StillServesArticles()
    {
        using var content = new TempContent(copyBasic: false).Write("articles/only.md", "---\ntitle: Only\ndescription: D\n---\nText.");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Empty(problems);
        Assert.Single(snapshot!.Articles);
        Assert.Empty(snapshot.Figures.QuickFacts);
    }

    [Fact]
    public void Version_IsTheSameForIdenticalContent_AndChangesWithAnEdit()
    {
        using var first = new TempContent();
        using var second = new TempContent();
        var same = (ContentLoader.Load(first.Folder, TestClock.Options).Snapshot!.Version, ContentLoader.Load(second.Folder, TestClock.Options).Snapshot!.Version);

        second.Write("articles/alpha.md", File.ReadAllText(Path.Combine(second.Folder, "articles/alpha.md")) + "\nOne more line.");

        Assert.Equal(same.Item1, same.Item2);
        Assert.NotEqual(same.Item1, ContentLoader.Load(second.Folder, TestClock.Options).Snapshot!.Version);
    }
}
