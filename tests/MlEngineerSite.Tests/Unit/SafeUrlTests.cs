using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Which links are this site's own: browsers read a backslash as a slash, so "/\host" leaves the site as "//host" does.</summary>
public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("/articles/salary", true)]
    [InlineData("#median-pay", true)]
    [InlineData("salary", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("\\\\evil.example/", false)]
    [InlineData("\\/evil.example/", false)]
    [InlineData("https://example.org/", false)]
    [InlineData("mailto:a@example.org", false)]
    public void IsSameSite_KnowsWhatLeavesTheSite(string url, bool sameSite) => Assert.Equal(sameSite, SafeUrl.IsSameSite(url));
}
