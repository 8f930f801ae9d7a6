using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Events;

namespace MlEngineerSite.Hosting.Logging;

/// <summary>
/// One line per request once its response is done: method, path, status, time taken, client
/// address and scheme (after a trusted proxy's forwarded headers), request and trace IDs. JSON
/// lines carry the fields and names of Serilog's compact format, so they read like the app's other
/// lines; text lines use the console layout. 5xx answers are logged as errors.
/// Written straight to <see cref="LogOutput"/>, not through a logger: this line is on every request,
/// and formatting it directly costs a small part of what a structured log event does.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, LogOutput output, Microsoft.Extensions.Options.IOptions<LogOptions> settings)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly LogOptions _options = settings.Value;

    // Each line is formatted synchronously on one thread, so a buffer per thread is enough.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError; // What the client gets if the pipeline throws.
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var level = status >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
            if (level >= _options.Level)
            {
                var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
                buffer.ResetWrittenCount();
                var line = new RequestLine(context, PathOf(context.Request), status, level, Stopwatch.GetElapsedTime(started));
                if (_options.Format == LogFormat.Json)
                {
                    WriteJson(line, buffer);
                }
                else
                {
                    WriteText(line, buffer);
                }

                output.Write(buffer.WrittenSpan);
            }
        }
    }

    private static void WriteJson(RequestLine line, ArrayBufferWriter<byte> buffer)
    {
        var json = t_json ??= new Utf8JsonWriter(buffer, JsonOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("@t", DateTime.UtcNow);
        json.WriteString("@m", line.Message);
        if (line.Level != LogEventLevel.Information)
        {
            json.WriteString("@l", line.Level.ToString());
        }

        if (Activity.Current is { } activity)
        {
            json.WriteString("@tr", activity.TraceId.ToHexString());
            json.WriteString("@sp", activity.SpanId.ToHexString());
        }

        var context = line.Context;
        json.WriteString("RequestMethod", context.Request.Method);
        json.WriteString("RequestPath", line.Path);
        json.WriteNumber("StatusCode", line.Status);
        json.WriteNumber("Elapsed", line.Elapsed.TotalMilliseconds);
        json.WriteString("ClientIp", context.Connection.RemoteIpAddress?.ToString());
        json.WriteString("Scheme", context.Request.Scheme);
        json.WriteString("RequestId", context.TraceIdentifier);
        json.WriteString("SourceContext", typeof(RequestLogMiddleware).FullName);
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
    }

    private static void WriteText(RequestLine line, ArrayBufferWriter<byte> buffer)
    {
        var level = line.Level == LogEventLevel.Information ? "INF" : "ERR";
        var text = string.Create(CultureInfo.InvariantCulture, $"[{DateTimeOffset.Now:HH:mm:ss} {level}] {line.Message}\n");
        Encoding.UTF8.GetBytes(text, buffer);
    }

    /// <summary>The path as it travels in a URL: percent-encoded, so a visitor's %0A or escape sequence can never forge a log line.</summary>
    private static string PathOf(HttpRequest request) => request.PathBase.Add(request.Path).ToUriComponent() is { Length: > 0 } path ? path : "/";

    private readonly record struct RequestLine(HttpContext Context, string Path, int Status, LogEventLevel Level, TimeSpan Elapsed)
    {
        public string Message => string.Create(
            CultureInfo.InvariantCulture,
            $"HTTP {Context.Request.Method} {Path} responded {Status} in {Elapsed.TotalMilliseconds:0.0000} ms");
    }
}
