using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures.Downloads;
using MlEngineerSite.Hosting.Security;
using MlEngineerSite.Tests.Integration;

namespace MlEngineerSite.Tests.Security;

[Collection(nameof(SiteCollection))]
public sealed class SecurityHeadersTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static void AssertSecurityHeaders(HttpResponseMessage response, string context)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

        var csp = Header("Content-Security-Policy");
        Assert.True(csp == SecurityHeadersMiddleware.ContentSecurityPolicy, $"{context}: CSP was {csp}");
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal(SecurityHeadersMiddleware.PermissionsPolicy, Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Resource-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Null(Header("Server"));
        Assert.Null(Header("X-Powered-By"));
    }

    public static TheoryData<string, string, HttpStatusCode> Responses => new()
    {
        { "page", "/articles/alpha", HttpStatusCode.OK },
        { "home", "/", HttpStatusCode.OK },
        { "section page", "/articles/alpha/getting-started", HttpStatusCode.OK },
        { "not found", "/no/such/page", HttpStatusCode.NotFound },
        { "redirect", "/Articles/Alpha", HttpStatusCode.MovedPermanently },
        { "alias redirect", "/articles/first-article", HttpStatusCode.MovedPermanently },
        { "static file", "/css/site.css", HttpStatusCode.OK },
        { "script", "/js/site.js", HttpStatusCode.OK },
        { "download", FigureDownloads.CsvPath, HttpStatusCode.OK },
        { "feed", "/feed.xml", HttpStatusCode.OK },
        { "sitemap", "/sitemap.xml", HttpStatusCode.OK },
        { "health", "/healthz/ready", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders(string kind, string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response, kind);
    }

    [Fact]
    public async Task NotModified_CarriesTheSecurityHeaders()
    {
        using var first = await _client.GetAsync("/articles/alpha", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        AssertSecurityHeaders(response, "304");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task OtherMethods_Get405WithAllow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/articles/alpha") { Content = new StringContent("x") };
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        AssertSecurityHeaders(response, method);
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithoutABody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/articles/alpha");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_Only()
    {
        var https = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        using var secure = await https.GetAsync("/", TestContext.Current.CancellationToken);
        using var plain = await _client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(SecurityHeadersMiddleware.StrictTransportSecurity, string.Join(",", secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ServerError_CarriesTheSecurityHeaders()
    {
        await using var failing = FailingSiteFactory.Create();

        using var response = await failing.CreateClient().GetAsync("/articles/alpha", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response, "500");
    }

    [Fact]
    public async Task NoPage_HasInlineScriptOrStyle()
    {
        var store = factory.Services.GetRequiredService<ContentStore>().Current;
        var paths = store.Articles.SelectMany(a => a.Sections.Select(a.SectionUrl).Prepend(a.Url)).Prepend("/").Append("/no/such/page");

        foreach (var path in paths)
        {
            using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
            var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.Empty(document.QuerySelectorAll("[style], style"));
            Assert.All(document.QuerySelectorAll("script"), s =>
                Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", $"{path}: inline script"));
        }
    }
}
