using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MlEngineerSite.Hosting;

public static class SiteLogging
{
    /// <summary>Serilog on the console: text or compact JSON, with one line per request from the request-logging middleware.</summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LogOptions.SectionName).Get<LogOptions>() ?? new();
        builder.Services.AddSerilog(logger =>
        {
            logger.MinimumLevel.Is(options.Level)
                .MinimumLevel.Override("Microsoft.AspNetCore", Max(options.Level, LogEventLevel.Warning))
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", options.Level)
                .Enrich.FromLogContext();
            if (options.Format == LogFormat.Json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    private static LogEventLevel Max(LogEventLevel a, LogEventLevel b) => a > b ? a : b;
}
