using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Branding;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>site.yaml is live like every content file: an edit is served without a restart, and an unreadable colour is refused while the last good brand stays.</summary>
public sealed class BrandLiveEditTests
{
    [Fact]
    public async Task AnEditToSiteYaml_IsServedWithoutARestart_AndALowContrastColourIsRefused()
    {
        const string Colours = "colors:\n  light:\n    primary: \"#0b6b5d\"\n    accent: \"#b45309\"\n";
        using var content = new TempContent().Write("site.yaml", "name: Before\nlanguage: en\n" + Colours);
        await using var factory = new ContentSiteFactory(content.Folder).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "100");
        });
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var before = await client.GetDocumentAsync("/");
        Assert.Equal("Before", before.QuerySelector("header .brand span")!.TextContent);
        var oldStylesheet = before.QuerySelector("link[rel=stylesheet][href^='/brand/']")!.GetAttribute("href")!;

        content.Write("site.yaml", "name: Après\nlanguage: fr\n" + Colours.Replace("#b45309", "#9c4a00", StringComparison.Ordinal));
        await store.WaitUntilAsync(s => s.Snapshot.Brand.Name == "Après");
        var french = await client.GetDocumentAsync("/");

        Assert.Equal("Après", french.QuerySelector("header .brand span")!.TextContent);
        Assert.Equal("fr-FR", french.DocumentElement.GetAttribute("lang"));
        Assert.NotEqual(oldStylesheet, french.QuerySelector("link[rel=stylesheet][href^='/brand/']")!.GetAttribute("href"));
        using (var old = await client.GetAsync(oldStylesheet, TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, old.StatusCode); // A page opened before the edit keeps its stylesheet.
        }

        content.Write("site.yaml", "name: Trop pâle\nlanguage: fr\ncolors:\n  light:\n    primary: \"#9ec5f0\"\n    accent: \"#1f5fbf\"\n");
        var refused = await store.WaitUntilAsync(s => s.LastError is not null);

        var problem = Assert.Single(refused.LastError!.Problems, p => p.Message.Contains("#9ec5f0 on the page background #ffffff", StringComparison.Ordinal));
        Assert.Equal(("site.yaml", 5), (problem.Path, problem.Line));
        var nearest = System.Text.RegularExpressions.Regex.Match(problem.Message, "nearest shade that passes is (#[0-9a-f]{6})").Groups[1].Value;
        Assert.True(Colour.TryParse(nearest, out var shade) && Contrast.Passes(shade, Colour.White, Contrast.Text), problem.Message);
        Assert.Equal("Après", (await client.GetDocumentAsync("/")).QuerySelector("header .brand span")!.TextContent); // The last good brand.
    }
}
