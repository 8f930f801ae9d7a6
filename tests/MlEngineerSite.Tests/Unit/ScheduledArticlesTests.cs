using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Front matter <c>publish</c>, <c>expires</c> and drafts, judged at a moment the test chooses.</summary>
public sealed class ScheduledArticlesTests
{
    private static readonly DateTimeOffset NineOClock = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) LoadAt(TempContent content, DateTimeOffset now) =>
        ContentLoader.Load(content.Folder, TestClock.Options with { Now = now });

    private static string Delta(string frontMatter) => $"---\ntitle: Delta\ndescription: D\n{frontMatter}\n---\nIntro.\n\n## Launch notes\n\nText.";

    private static string Problems(TempContent content, DateTimeOffset now) => string.Join("\n", LoadAt(content, now).Problems);

    [Fact]
    public void ScheduledArticle_IsAbsentUntilItsMoment_ThenLive()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: 2025-01-15T09:00Z"));

        var before = LoadAt(content, NineOClock.AddMinutes(-1)).Snapshot!;
        var after = LoadAt(content, NineOClock).Snapshot!;

        Assert.False(before.BySlug.ContainsKey("delta"));
        Assert.DoesNotContain(before.Articles, a => a.Slug == "delta");
        Assert.Equal(NineOClock, before.NextScheduledChange);
        Assert.True(after.BySlug.ContainsKey("delta"));
        Assert.Equal(new DateOnly(2025, 1, 15), after.BySlug["delta"].Published);
        Assert.Null(after.NextScheduledChange);
    }

    [Theory]
    [InlineData("publish: 2025-01-15T10:00+01:00")]
    [InlineData("publish: 2025-01-15 10:00:00 +0100")] // Jekyll's way of writing it.
    [InlineData("publishDate: 2025-01-15T04:00:00-05:00")] // Hugo's key.
    [InlineData("publish: 2025-01-15T09:00:00Z")]
    public void TimesWithAZone_AreTheSameMomentInUtc(string frontMatter)
    {
        using var content = new TempContent().Write("articles/delta.md", Delta(frontMatter));

        Assert.Equal(NineOClock, LoadAt(content, NineOClock.AddYears(1)).Snapshot!.BySlug["delta"].PublishAt);
    }

    [Fact]
    public void ADate_IsMidnightUtc()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: 2025-01-15"));

        Assert.False(LoadAt(content, new DateTimeOffset(2025, 1, 14, 23, 59, 0, TimeSpan.Zero)).Snapshot!.BySlug.ContainsKey("delta"));
        Assert.True(LoadAt(content, new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero)).Snapshot!.BySlug.ContainsKey("delta"));
    }

    [Fact]
    public void ATimeWithoutAZone_IsAnErrorAtItsLine()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: 2025-01-15T09:00"));

        var (snapshot, problems) = LoadAt(content, NineOClock);

        Assert.Null(snapshot);
        Assert.Contains("articles/delta.md:4:10: error: 'publish' gives a time without a zone: add Z for UTC or the offset, as in 2025-01-15T09:00Z", problems.Select(p => p.ToString()));
    }

    [Fact]
    public void NotADate_IsAnError()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: next monday"));

        Assert.Contains("articles/delta.md:4:10: error: 'publish' must be a date (YYYY-MM-DD) or a date and time with its zone", Problems(content, NineOClock));
    }

    [Theory]
    [InlineData("publish: 2025-01-15T09:00Z\nexpires: 2025-01-15T09:00Z")]
    [InlineData("publish: 2025-01-15T09:00Z\nexpires: 2025-01-14")]
    public void AnExpiryNotAfterThePublication_IsAnErrorAtTheExpiry(string frontMatter)
    {
        using var content = new TempContent().Write("articles/delta.md", Delta(frontMatter));

        var problems = Problems(content, NineOClock);

        Assert.Contains("articles/delta.md:5:10: error: 'expires' (", problems);
        Assert.Contains("must be later than the publication time (2025-01-15 09:00 UTC)", problems);
    }

    [Fact]
    public void ExpiredArticle_IsAbsent_AndItsRegisteredAddressesAreNoError()
    {
        using var content = new TempContent()
            .Write("articles/delta.md", Delta("expires: 2025-01-15T09:00Z"))
            .Write(PublishedAnchorRegister.FileName, "delta#launch-notes\n")
            .Write(PublishedArticleRegister.FileName, "delta 2024-12-01\n");

        var before = LoadAt(content, NineOClock.AddSeconds(-1));
        var after = LoadAt(content, NineOClock);

        Assert.True(before.Snapshot!.BySlug.ContainsKey("delta"));
        Assert.Equal(NineOClock, before.Snapshot.NextScheduledChange);
        Assert.NotNull(after.Snapshot);
        Assert.False(after.Snapshot.BySlug.ContainsKey("delta"));
        Assert.DoesNotContain(after.Problems, p => p.Severity == ContentSeverity.Error);
    }

    [Fact]
    public void ALinkToAScheduledArticle_FailsTheCheckWithItsTime_AndIsTextUntilItIsLive()
    {
        using var content = new TempContent()
            .Write("articles/delta.md", Delta("publish: 2025-01-15T09:00Z"))
            .Write("articles/epsilon.md", "---\ntitle: Epsilon\ndescription: D\n---\nRead [the launch](/articles/delta#launch-notes).");

        var before = LoadAt(content, NineOClock.AddMinutes(-1));
        var after = LoadAt(content, NineOClock);

        var problem = Assert.Single(before.Problems, p => p.Path == "articles/epsilon.md");
        Assert.Equal("articles/epsilon.md:5:6: error: link to articles/delta.md, which is scheduled for 2025-01-15 09:00 UTC: it is shown as text until then", problem.ToString());
        Assert.DoesNotContain("href=\"/articles/delta", before.Snapshot!.BySlug["epsilon"].Html, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Problems, p => p.Path == "articles/epsilon.md");
        Assert.Contains("href=\"/articles/delta#launch-notes\"", after.Snapshot!.BySlug["epsilon"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AScheduledArticlesSlug_IsTakenFromTheDayItsFileExists()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: 2025-01-15T09:00Z\nslug: alpha"));

        Assert.Contains("slug 'alpha' is already used by articles/alpha.md", Problems(content, NineOClock.AddDays(-10)));
    }

    [Fact]
    public void TheSameFiles_GiveANewVersion_WhenAnArticleGoesLive()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("publish: 2025-01-15T09:00Z"));

        var before = LoadAt(content, NineOClock.AddMinutes(-1)).Snapshot!.Version;

        Assert.Equal(before, LoadAt(content, NineOClock.AddMinutes(-2)).Snapshot!.Version);
        Assert.NotEqual(before, LoadAt(content, NineOClock).Snapshot!.Version);
    }

    [Theory]
    [InlineData("draft: true")]
    [InlineData("published: false")] // Jekyll's draft.
    public void Drafts_AreNotPublished(string frontMatter)
    {
        using var content = new TempContent().Write("articles/delta.md", Delta(frontMatter));

        var (snapshot, problems) = LoadAt(content, NineOClock);

        Assert.False(snapshot!.BySlug.ContainsKey("delta"));
        Assert.DoesNotContain(problems, p => p.Path == "articles/delta.md");
    }

    [Fact]
    public void InPreview_DraftsAndScheduledArticlesAreShown_AndALinkToOneIsAWarningThatKeepsTheLink()
    {
        using var content = new TempContent()
            .Write("articles/delta.md", Delta("publish: 2025-01-15T09:00Z"))
            .Write("articles/sketch.md", "---\ntitle: Sketch\ndescription: D\ndraft: true\n---\nA draft.")
            .Write("articles/epsilon.md", "---\ntitle: Epsilon\ndescription: D\n---\nRead [the launch](/articles/delta) and [the sketch](/articles/sketch).");

        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options with { Now = NineOClock.AddDays(-1), Preview = true });

        Assert.True(snapshot!.BySlug["delta"].PublishAt > NineOClock.AddDays(-1));
        Assert.True(snapshot.BySlug["sketch"].Draft);
        Assert.Contains("href=\"/articles/delta\"", snapshot.BySlug["epsilon"].Html, StringComparison.Ordinal);
        var warnings = problems.Where(p => p.Path == "articles/epsilon.md").Select(p => p.ToString()).ToList();
        Assert.Equal(
            ["articles/epsilon.md:5:6: warning: link to articles/delta.md, which is scheduled for 2025-01-15 09:00 UTC: readers will see it as text until then",
             "articles/epsilon.md:5:40: warning: link to articles/sketch.md, which is a draft: readers will see it as text until then"],
            warnings);
    }

    [Fact]
    public void ALinkToADraft_FailsTheCheck_OutsidePreview()
    {
        using var content = new TempContent()
            .Write("articles/sketch.md", "---\ntitle: Sketch\ndescription: D\ndraft: true\n---\nA draft.")
            .Write("articles/epsilon.md", "---\ntitle: Epsilon\ndescription: D\n---\nRead [the sketch](/articles/sketch).");

        Assert.Contains("articles/epsilon.md:5:6: error: broken link: no article at '/articles/sketch'", Problems(content, NineOClock));
    }

    [Fact]
    public void PublishedTrue_IsPublished()
    {
        using var content = new TempContent().Write("articles/delta.md", Delta("published: true"));

        Assert.True(LoadAt(content, NineOClock).Snapshot!.BySlug.ContainsKey("delta"));
    }
}
