using System.ComponentModel.DataAnnotations;

namespace MlEngineerSite.Hosting.Caching;

/// <summary>The response cache's memory budget. Environment: <c>ResponseCache__MaxMegabytes</c>.</summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "ResponseCache";

    /// <summary>
    /// Bytes of bodies (all encodings) kept at most; past it the least used are dropped and rendered
    /// again when asked for. The bundled site needs about 2 MB; 10,000 articles about 1 GB if every
    /// page were read, hence the cap.
    /// </summary>
    [Range(1, 64 * 1024)]
    public int MaxMegabytes { get; set; } = 256;
}
