using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Hosting.Logging;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The request log and the app's own log lines, captured from the one <see cref="LogOutput"/> they share.</summary>
public sealed partial class RequestLogTests
{
    private static WebApplicationFactory<Program> Logging(WebApplicationFactory<Program> factory, CapturedOutput captured, string level, string format) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Log:Level", level);
            builder.UseSetting("Log:Format", format);
            builder.ConfigureTestServices(services => services.AddSingleton(_ => new LogOutput(captured)));
        });

    [Fact]
    public async Task TextLine_HasTimeLevelMethodPathStatusAndDuration()
    {
        using var captured = new CapturedOutput();
        using var factory = Logging(new SiteFactory(), captured, "Information", "Text");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/articles/alpha?from=test", TestContext.Current.CancellationToken);
        var line = await captured.WaitForLineAsync(l => l.Contains("HTTP GET /articles/alpha ", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(TextRequestLine(), line);
    }

    [Fact]
    public async Task ServerError_IsLoggedAsAnError_WithTheRequestIdOfTheExceptionsOwnLine()
    {
        using var captured = new CapturedOutput();
        using var factory = Logging(FailingSiteFactory.Create(), captured, "Warning", "Json");
        using var client = factory.CreateClient();

        using var fine = await client.GetAsync("/healthz/live", TestContext.Current.CancellationToken);
        using var failed = await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        var requestLine = await captured.WaitForLineAsync(l => l.Contains("\"@m\":\"HTTP GET /articles/alpha responded", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var request = JsonDocument.Parse(requestLine).RootElement;
        Assert.Equal("Error", request.GetProperty("@l").GetString());
        Assert.Equal(500, request.GetProperty("StatusCode").GetInt32());

        // The exception's own line comes from the exception handler, the request line from the request
        // log: two writers, so wait for both (a fresh-clone CI run once read the lines between them).
        await captured.WaitForLineAsync(l => l.Contains("\"@x\":", StringComparison.Ordinal));

        // Request lines are written in order: a line for the earlier 200 would be here by now. At Warning it is not.
        var lines = captured.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.DoesNotContain(lines, l => l.GetProperty("@m").GetString()!.StartsWith("HTTP GET /healthz/live", StringComparison.Ordinal));
        var exception = Assert.Single(lines, l => l.TryGetProperty("@x", out _));
        Assert.Equal(request.GetProperty("RequestId").GetString(), exception.GetProperty("RequestId").GetString());
        Assert.Equal(request.GetProperty("@tr").GetString(), exception.GetProperty("@tr").GetString());
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d INF\] HTTP GET /articles/alpha responded 200 in \d+\.\d{4} ms$")]
    private static partial Regex TextRequestLine();
}
