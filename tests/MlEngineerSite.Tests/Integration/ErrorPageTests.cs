using System.Net;

namespace MlEngineerSite.Tests.Integration;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task ExceptionWhileRendering_GetsTheErrorPage_WithStatus500AndNoDetails()
    {
        await using var factory = FailingSiteFactory.Create();
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = Html.Parse(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("header.site-header"));
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
