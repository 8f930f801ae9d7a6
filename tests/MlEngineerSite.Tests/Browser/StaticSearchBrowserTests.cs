using MlEngineerSite.Tests.Deploy;

namespace MlEngineerSite.Tests.Browser;

/// <summary>Search in the static export, behind the shipped nginx configuration: the header's form, then the script on the exported search page.</summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class StaticSearchBrowserTests(BrowserFixture browser, StaticExportBehindNginxTests.ExportedSite site) : IClassFixture<StaticExportBehindNginxTests.ExportedSite>
{
    private const float Timeout = 15_000;

    [Fact]
    public async Task TheHeadersSearchForm_FindsTheSection_InTheExport()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = site.Nginx.Address.ToString(), ViewportSize = new() { Width = 390, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("header form[role=search] input[name=q]").FillAsync("getting started");
        await page.Locator("header form[role=search] input[name=q]").PressAsync("Enter");

        await page.Locator(".result a[href='/articles/alpha/getting-started']").WaitForAsync(new() { Timeout = Timeout });
        Assert.Equal("getting started", await page.Locator(".search-page input[name=q]").InputValueAsync());
        Assert.Contains("match “getting started”", await page.Locator(".search-page [role=status]").TextContentAsync());

        await page.GotoAsync("/search?q=xylophone");
        await page.Locator(".no-results").WaitForAsync(new() { Timeout = Timeout });
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        await context.CloseAsync();
    }
}
