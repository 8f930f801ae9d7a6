using System.ComponentModel.DataAnnotations;

namespace MlEngineerSite.Search;

/// <summary>Search limits. Environment: <c>Search__RateLimitPerMinute</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Longer queries are cut to this many characters.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Searches one client (IP address) may make per minute; more get 429 with Retry-After.</summary>
    [Range(1, 100_000)]
    public int RateLimitPerMinute { get; set; } = 60;
}
