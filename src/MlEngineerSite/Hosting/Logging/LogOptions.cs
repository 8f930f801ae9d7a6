namespace MlEngineerSite.Hosting.Logging;

/// <summary>Log level and format. Environment: <c>Log__Level</c>, <c>Log__Format</c> (<c>text</c> or <c>json</c>).</summary>
public sealed class LogOptions
{
    public const string SectionName = "Log";

    public Serilog.Events.LogEventLevel Level { get; set; } = Serilog.Events.LogEventLevel.Information;

    /// <summary>Readable text for people; compact JSON (one object a line) for log collectors in containers.</summary>
    public LogFormat Format { get; set; } = LogFormat.Text;
}

public enum LogFormat
{
    Text,
    Json,
}
