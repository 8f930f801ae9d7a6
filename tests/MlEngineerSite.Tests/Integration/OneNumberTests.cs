using System.Text.Json;
using MlEngineerSite.Figures.Downloads;

namespace MlEngineerSite.Tests.Integration;

/// <summary>Figures are typed once: change one number in the data file and everything that shows it follows.</summary>
public sealed class OneNumberTests
{
    [Fact]
    public async Task ChangingOneNumber_ChangesEveryPageChartDownloadAndJsonLd()
    {
        using var content = new TempContent();
        var figures = Path.Combine(content.Folder, "data/figures.yaml");
        File.WriteAllText(figures, File.ReadAllText(figures).Replace("value: 100000", "value: 123456", StringComparison.Ordinal));
        await using var factory = new ContentSiteFactory(content.Folder);
        var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var alpha = await client.GetDocumentAsync("/articles/alpha");
        var gamma = await client.GetDocumentAsync("/articles/gamma");
        var json = await client.GetStringAsync(FigureDownloads.JsonPath, TestContext.Current.CancellationToken);
        var csv = await client.GetStringAsync(FigureDownloads.CsvPath, TestContext.Current.CancellationToken);
        var occupation = gamma.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "Occupation");

        Assert.Equal("$123,456 a year", home.QuerySelector(".fact-value")!.TextContent);
        Assert.Equal("$123,456 a year", alpha.QuerySelector(".prose .fig data")!.TextContent);
        Assert.Equal("$123,456 a year", gamma.QuerySelector("#Figure-median-pay data")!.TextContent);
        Assert.Contains("$123,456 a year", gamma.QuerySelectorAll(".chart-value").Select(t => t.TextContent));
        Assert.Equal(123456m, occupation.GetProperty("estimatedSalary")[0].GetProperty("median").GetDecimal());
        Assert.Contains("\"value\": 123456", json, StringComparison.Ordinal);
        Assert.Contains("median-pay,pay,Median pay,123456,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("100,000", home.Body!.TextContent + alpha.Body!.TextContent + gamma.Body!.TextContent, StringComparison.Ordinal);
    }
}
