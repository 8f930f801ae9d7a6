using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace MlEngineerSite.Hosting.Logging;

public static class SiteLogging
{
    /// <summary>The console's usual layout: time, level, message and any exception.</summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog for the app's own events and <see cref="RequestLogMiddleware"/> for one line per
    /// request, both as text or compact JSON on standard output through one <see cref="LogOutput"/>.
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LogOptions>().Bind(builder.Configuration.GetSection(LogOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(_ => new LogOutput(Console.OpenStandardOutput())); // The container disposes it at shutdown, writing out what is buffered.
        builder.Services.AddSerilog((services, logger) =>
        {
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LogOptions>>().Value;
            ITextFormatter formatter = options.Format == LogFormat.Json
                ? new RenderedCompactJsonFormatter()
                : new MessageTemplateTextFormatter(TextTemplate, CultureInfo.InvariantCulture);
            var comparison = services.GetRequiredService<ComparisonOptions>();
            logger.MinimumLevel.Is(options.Level)
                .MinimumLevel.Override("Microsoft.AspNetCore", Max(options.Level, LogEventLevel.Warning))
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", options.Level)
                .Enrich.FromLogContext()
                // A self-hoster's mistake that stops start-up is printed once by Program, as one message (StartupFailure); the host would log it again with a stack trace.
                .Filter.ByExcluding(e => e.Exception is { } exception && StartupFailure.Message(exception) is not null);
            if (comparison.BuiltInLog)
            {
                logger.WriteTo.Async(to => to.Console(formatter)); // The A/B's other side (ComparisonOptions).
            }
            else
            {
                logger.WriteTo.Sink(new LogOutputSink(formatter, services.GetRequiredService<LogOutput>()));
            }
        });
        return builder;
    }

    private static LogEventLevel Max(LogEventLevel a, LogEventLevel b) => a > b ? a : b;
}
