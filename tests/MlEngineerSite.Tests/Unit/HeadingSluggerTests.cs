using System.Text.Json;
using MlEngineerSite.Content.Markdown;

namespace MlEngineerSite.Tests.Unit;

public sealed class HeadingSluggerTests
{
    private sealed record Fixture(string Name, string Input, string Expected);

    private static List<Fixture> LoadFixtures() =>
        JsonSerializer.Deserialize<List<Fixture>>(
            File.ReadAllText(TestPaths.TestData("github-slugger-fixtures.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    [Fact]
    public void Slugger_MatchesEveryGithubSluggerFixture_InOrder()
    {
        var fixtures = LoadFixtures();
        var slugger = new HeadingSlugger();

        var mismatches = fixtures
            .Select(f => (f.Name, f.Expected, Actual: slugger.Slug(f.Input)))
            .Where(r => r.Expected != r.Actual)
            .Select(r => $"{r.Name}: expected '{r.Expected}', got '{r.Actual}'")
            .ToList();

        Assert.Equal(78, fixtures.Count);
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("What ML engineers do", "what-ml-engineers-do")]
    [InlineData("Pay: what moves it?", "pay-what-moves-it")]
    [InlineData("C++ and C#", "c-and-c")]
    [InlineData("Über-cool Straße", "über-cool-straße")]
    [InlineData("  Leading and trailing  ", "--leading-and-trailing--")]
    public void ToSlug_FollowsGithubRules(string heading, string expected) =>
        Assert.Equal(expected, HeadingSlugger.ToSlug(heading));

    [Theory]
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευς")]
    [InlineData("İstanbul", "i\u0307stanbul")]
    public void LowerCase_FollowsJavaScript_ForFinalSigmaAndDottedI(string heading, string expected) =>
        Assert.Equal(expected, HeadingSlugger.ToSlug(heading));

    [Fact]
    public void Heading_WithDuplicateText_GetsNumberedSuffix()
    {
        var slugger = new HeadingSlugger();

        Assert.Equal(["pay", "pay-1", "pay-2"], [slugger.Slug("Pay"), slugger.Slug("Pay"), slugger.Slug("pay")]);
    }

    [Fact]
    public void ReservedId_IsSkippedByLaterHeadings()
    {
        var slugger = new HeadingSlugger();

        Assert.True(slugger.Reserve("outlook"));
        Assert.Equal("outlook-1", slugger.Slug("Outlook"));
        Assert.False(slugger.Reserve("outlook"));
    }
}
