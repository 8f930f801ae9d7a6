using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace MlEngineerSite.Hosting.Logging;

/// <summary>Serilog's events (start-up, content warnings, errors) as lines on <see cref="LogOutput"/>, in the chosen format.</summary>
public sealed class LogOutputSink(ITextFormatter formatter, LogOutput output) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        formatter.Format(logEvent, text);
        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
