namespace MlEngineerSite.Hosting;

/// <summary>
/// The seam between the site's own serving parts and what ASP.NET Core and Serilog ship, for
/// bench/ab.sh to measure one against the other in the same build (bench/README.md, "Home-made
/// parts against the built-in ones"). The defaults are the parts the numbers kept and the README
/// describes; the others keep fewer of its promises (no ETag on cached pages, no bound on log
/// memory) and are not for production. Environment: <c>Comparison__Cache</c>, <c>Comparison__Log</c>,
/// <c>Comparison__StripIndentation</c>.
/// </summary>
public sealed class ComparisonOptions
{
    public const string SectionName = "Comparison";

    /// <summary><c>Site</c>: Hosting/Caching. <c>AspNetCore</c>: OutputCache with ResponseCompression (Brotli and gzip at SmallestSize) inside it.</summary>
    public string Cache { get; set; } = "Site";

    /// <summary><c>Site</c>: Hosting/Logging's request line and batching writer. <c>Serilog</c>: <c>WriteTo.Async(Console)</c> and <c>UseSerilogRequestLogging</c>.</summary>
    public string Log { get; set; } = "Site";

    /// <summary>Whether cached HTML is stored without the templates' indentation (<see cref="Caching.HtmlIndentation"/>).</summary>
    public bool StripIndentation { get; set; } = true;

    public bool BuiltInCache => Cache.Equals("AspNetCore", StringComparison.OrdinalIgnoreCase);

    public bool BuiltInLog => Log.Equals("Serilog", StringComparison.OrdinalIgnoreCase);

    public static ComparisonOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<ComparisonOptions>() ?? new();
}
