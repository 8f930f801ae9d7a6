using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content;

namespace MlEngineerSite.Tests.Integration;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task ExceptionWhileRendering_GetsTheErrorPage_WithStatus500AndNoDetails()
    {
        // A snapshot whose article is missing its headings makes the real article page throw.
        var (good, _) = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options);
        var broken = new ContentSnapshot(
            good!.Articles.Select(a => a.Slug == "alpha" ? a with { Headings = null! } : a), good.Figures, good.Version, []);
        await using var factory = new SiteFactory().WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(new ContentStore(TestPaths.BasicContent, broken))));
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
