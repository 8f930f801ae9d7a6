namespace MlEngineerSite.Hosting;

/// <summary>What <c>/healthz/ready</c> tells the public. Environment: <c>Health__ShowProblems</c>.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// Whether a refused edit's problem messages are shown, not only their count and files. Off by
    /// default: the endpoint is public, and a message may quote a line of a content file.
    /// </summary>
    public bool ShowProblems { get; set; }
}
