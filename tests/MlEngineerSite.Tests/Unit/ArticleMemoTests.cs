using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Unit;

/// <summary>A reload renders only what changed, and never reuses an article whose inputs moved.</summary>
public sealed class ArticleMemoTests
{
    private static ContentSnapshot Load(TempContent content, ArticleMemo memo, ContentLoadOptions? options = null) =>
        ContentLoader.Load(content.Folder, options ?? TestClock.Options, memo).Snapshot!;

    private static string Read(TempContent content, string relativePath) => File.ReadAllText(Path.Combine(content.Folder, relativePath));

    [Fact]
    public void UnchangedFiles_KeepTheirArticle_AndAnEditedFileIsReadAgain()
    {
        using var content = new TempContent();
        var memo = new ArticleMemo();
        var first = Load(content, memo);
        content.Write("articles/beta.md", Read(content, "articles/beta.md").Replace("title: Beta", "title: Beta, edited", StringComparison.Ordinal));

        var second = Load(content, memo);

        Assert.Same(first.BySlug["alpha"], second.BySlug["alpha"]);
        // Gamma is the figures article: its quick facts are added to the reused reading on each load.
        Assert.Same(first.BySlug["gamma"].Html, second.BySlug["gamma"].Html);
        Assert.NotSame(first.BySlug["beta"], second.BySlug["beta"]);
        Assert.StartsWith("Beta, edited", second.BySlug["beta"].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ReusedArticles_AreTheSameAsAFreshLoad()
    {
        using var content = new TempContent();
        var memo = new ArticleMemo();
        Load(content, memo);
        content.Write("articles/beta.md", Read(content, "articles/beta.md") + "\nOne more paragraph.\n");

        var reused = Load(content, memo);
        var fresh = ContentLoader.Load(content.Folder, TestClock.Options);

        Assert.Equal(fresh.Snapshot!.Version, reused.Version);
        Assert.Equal(fresh.Snapshot.Articles.Select(a => a.Html), reused.Articles.Select(a => a.Html));
        Assert.Equal(fresh.Problems, ContentLoader.Load(content.Folder, TestClock.Options, memo).Problems);
    }

    [Fact]
    public void AFiguresEdit_OrANewDay_RendersEveryArticleAgain()
    {
        using var content = new TempContent();
        var memo = new ArticleMemo();
        var first = Load(content, memo);
        var figures = Read(content, "data/figures.yaml");
        Assert.Contains("median-pay", figures, StringComparison.Ordinal);

        content.Write("data/figures.yaml", figures + "\n# a comment changes the file\n");
        var afterFigures = Load(content, memo);
        var nextDay = Load(content, memo, TestClock.Options with { Today = TestClock.Today.AddDays(1) });

        Assert.All(first.Articles, a => Assert.NotSame(a, afterFigures.BySlug[a.Slug]));
        Assert.All(afterFigures.Articles, a => Assert.NotSame(a, nextDay.BySlug[a.Slug]));
    }

    [Fact]
    public void DeletedFiles_AreForgotten_AndAReinstatedFileIsReadAgain()
    {
        using var content = new TempContent();
        var memo = new ArticleMemo();
        const string Delta = "---\ntitle: Delta\ndescription: D\n---\nText.";
        content.Write("articles/delta.md", Delta);
        var with = Load(content, memo);

        content.Delete("articles/delta.md");
        var without = Load(content, memo);
        content.Write("articles/delta.md", Delta);
        var again = Load(content, memo);

        Assert.False(without.BySlug.ContainsKey("delta"));
        Assert.Equal("Delta", again.BySlug["delta"].Title);
        Assert.NotSame(with.BySlug["delta"], again.BySlug["delta"]);
    }

    [Fact]
    public void ABrokenFile_ReportsItsErrorOnEveryLoad_WhileItStaysBroken()
    {
        using var content = new TempContent();
        var memo = new ArticleMemo();
        content.Write("articles/broken.md", "---\ntitle: [unclosed\n---\nText.");

        var first = ContentLoader.Load(content.Folder, TestClock.Options, memo);
        var second = ContentLoader.Load(content.Folder, TestClock.Options, memo);

        Assert.Null(second.Snapshot);
        Assert.Contains(second.Problems, p => p.Path == "articles/broken.md" && p.Severity == ContentSeverity.Error);
        Assert.Equal(first.Problems, second.Problems);
    }
}
