using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests;

/// <summary>A fixed "today" for loading content, so that no test result depends on the date it runs.</summary>
public static class TestClock
{
    public static readonly DateOnly Today = new(2025, 1, 1);

    public static ContentLoadOptions Options { get; } = new(Today);
}
