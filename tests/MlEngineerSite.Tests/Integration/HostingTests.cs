using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

[Collection(nameof(SiteCollection))]
public sealed class HostingTests(SiteFactory factory)
{
    [Fact]
    public async Task Live_Answers200()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_ReportsTheContentVersion_AndNoError()
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/healthz/ready", TestContext.Current.CancellationToken)).RootElement;
        var store = factory.Services.GetRequiredService<ContentStore>();

        Assert.Equal(["status", "contentVersion", "articles", "searchIndexBuilt", "publishedAt", "lastReloadError"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ready", json.GetProperty("status").GetString());
        Assert.Equal(store.Current.Version, json.GetProperty("contentVersion").GetString());
        Assert.Equal(store.Current.Articles.Count, json.GetProperty("articles").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("lastReloadError").ValueKind);
        Assert.DoesNotContain(store.Folder, json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedHosts_RejectsOtherHostNames()
    {
        await using var restricted = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "careers.example"));
        var client = restricted.CreateClient();

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/");
        wrong.Headers.Host = "attacker.example";
        using var right = new HttpRequestMessage(HttpMethod.Get, "/");
        right.Headers.Host = "careers.example";

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(wrong, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right, TestContext.Current.CancellationToken)).StatusCode);
    }
}
