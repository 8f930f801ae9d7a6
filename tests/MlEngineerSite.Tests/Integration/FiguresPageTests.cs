using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Downloads;

namespace MlEngineerSite.Tests.Integration;

[Collection(nameof(SiteCollection))]
public sealed class FiguresPageTests(SiteFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private ContentSnapshot Content => factory.Services.GetRequiredService<ContentStore>().Current;

    private static List<JsonElement> JsonLd(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)];

    private static decimal VisibleValue(IHtmlDocument page, string key) =>
        decimal.Parse(page.GetElementById("Figure-" + key)!.QuerySelector("data")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task FiguresPage_HasOccupationJsonLd_WhoseValuesMatchThePageAndTheDataFile()
    {
        var page = await _client.GetDocumentAsync("/articles/gamma");
        var occupation = JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        var salary = occupation.GetProperty("estimatedSalary")[0];

        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal(VisibleValue(page, "median-pay"), salary.GetProperty("median").GetDecimal());
        Assert.Equal(VisibleValue(page, "low-pay"), salary.GetProperty("percentile10").GetDecimal());
        Assert.Equal(Content.Figures.ByKey["median-pay"].Number, salary.GetProperty("median").GetDecimal());
        Assert.Equal(("USD", "P1Y"), (salary.GetProperty("currency").GetString(), salary.GetProperty("duration").GetString()));
        Assert.Equal(page.QuerySelector(".occupation-education")!.TextContent, occupation.GetProperty("educationRequirements").GetString());
        Assert.Equal(page.QuerySelector(".occupation-skills")!.TextContent, occupation.GetProperty("skills").GetString());
        Assert.Equal(page.QuerySelector(".occupation-country")!.TextContent, occupation.GetProperty("occupationLocation")[0].GetProperty("name").GetString());
        Assert.Equal(page.QuerySelector(".article-header time.updated")!.GetAttribute("datetime"), occupation.GetProperty("mainEntityOfPage").GetProperty("lastReviewed").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), occupation.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task FiguresPage_ShowsTheSameQuickFactsAsTheHomePage()
    {
        var home = (await _client.GetDocumentAsync("/")).QuerySelectorAll(".quick-facts .fact").Select(f => f.TextContent);
        var figures = (await _client.GetDocumentAsync("/articles/gamma")).QuerySelectorAll(".quick-facts .fact").Select(f => f.TextContent);

        Assert.NotEmpty(home);
        Assert.Equal(home, figures);
    }

    [Fact]
    public async Task OtherArticles_HaveNoOccupationJsonLd()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");

        Assert.DoesNotContain(JsonLd(page), j => j.GetProperty("@type").GetString() == "Occupation");
    }

    [Fact]
    public async Task ArticlePage_HasArticleAndBreadcrumbJsonLd_MatchingTheVisibleText()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha");
        var json = JsonLd(page);
        var article = json.Single(j => j.GetProperty("@type").GetString() == "Article");
        var crumbs = json.Single(j => j.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        var visibleCrumbs = page.QuerySelectorAll(".breadcrumbs a").ToList();

        Assert.Equal(page.QuerySelector("h1")!.TextContent, article.GetProperty("headline").GetString());
        Assert.Equal(page.QuerySelector(".article-header .lead")!.TextContent, article.GetProperty("description").GetString());
        Assert.Equal(page.QuerySelector(".article-header time.updated")!.GetAttribute("datetime"), article.GetProperty("dateModified").GetString());
        Assert.Equal(visibleCrumbs.Select(a => a.TextContent), crumbs.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(visibleCrumbs.Select(a => ContentSiteFactory.BaseUrl + a.GetAttribute("href")), crumbs.Select(c => c.GetProperty("item").GetString()));
        Assert.Equal(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), article.GetProperty("image").GetString());
        Assert.Equal(page.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"), article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(ContentSiteFactory.BaseUrl + "/favicon.svg", article.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString());
    }

    [Fact]
    public async Task HomePage_HasWebSiteJsonLd_WithTheSearchTheFormUses()
    {
        var page = await _client.GetDocumentAsync("/");
        var site = JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "WebSite");
        var search = page.QuerySelector("form[role=search], header form")!;
        var template = site.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString()!;

        Assert.Equal(page.QuerySelector(".brand")!.TextContent, site.GetProperty("name").GetString());
        Assert.Equal(ContentSiteFactory.BaseUrl + "/", site.GetProperty("url").GetString());
        Assert.Equal($"{ContentSiteFactory.BaseUrl}{search.GetAttribute("action")}?{search.QuerySelector("input[type=search]")!.GetAttribute("name")}={{search_term_string}}", template);
        Assert.Equal("required name=search_term_string", site.GetProperty("potentialAction").GetProperty("query-input").GetString());
    }

    [Fact]
    public async Task SharePage_IsAWebPagePartOfItsArticle()
    {
        var page = await _client.GetDocumentAsync("/articles/alpha/getting-started");
        var json = JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "WebPage");

        Assert.Equal(page.QuerySelector("h1")!.TextContent, json.GetProperty("name").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), json.GetProperty("@id").GetString());
        Assert.Equal(ContentSiteFactory.BaseUrl + "/articles/alpha", json.GetProperty("isPartOf").GetProperty("@id").GetString());
        Assert.Equal(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), json.GetProperty("image").GetString());
    }

    [Fact]
    public async Task Chart_IsInlineSvg_WithAnAccessibleTitle_AndEveryValueAsText()
    {
        var page = await _client.GetDocumentAsync("/articles/gamma");
        var svg = page.QuerySelector(".prose figure.chart svg[role=img]")!;
        var chart = Content.Figures.Charts.Single();

        Assert.Equal(chart.Title, svg.QuerySelector("title")!.TextContent);
        Assert.Equal(chart.Figures.Select(f => f.DisplayValue), svg.QuerySelectorAll(".chart-value").Select(t => t.TextContent));
        Assert.All(chart.Figures, f => Assert.Contains(f.DisplayValue, svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiguresPage_LinksToTheDownloads()
    {
        var links = (await _client.GetDocumentAsync("/articles/gamma")).QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href"));

        Assert.Equal([FigureDownloads.JsonPath, FigureDownloads.CsvPath], links);
    }

    [Fact]
    public async Task JsonDownload_RoundTripsEveryFigure()
    {
        using var response = await _client.GetAsync(FigureDownloads.JsonPath, TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var rows = json.GetProperty("figures").EnumerateArray().ToList();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Content.Figures.All.Count(), rows.Count);
        foreach (var (figure, row) in Content.Figures.All.Zip(rows))
        {
            foreach (var (field, value) in FigureDownloads.Values(figure))
            {
                var cell = row.GetProperty(field);
                var text = cell.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.Number => cell.GetRawText(),
                    _ => cell.GetString(),
                };
                Assert.Equal(value, text);
            }

            Assert.Equal(figure.Number is null ? JsonValueKind.String : JsonValueKind.Number, row.GetProperty("value").ValueKind);
        }
    }

    [Fact]
    public async Task CsvDownload_RoundTripsEveryFigure()
    {
        using var response = await _client.GetAsync(FigureDownloads.CsvPath, TestContext.Current.CancellationToken);
        var rows = Csv.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FigureDownloads.Fields, rows[0]);
        Assert.Equal(
            Content.Figures.All.Select(f => FigureDownloads.Values(f).Select(v => v.Value ?? "").ToList()),
            rows.Skip(1).Select(r => r.ToList()));
    }

    [Fact]
    public async Task FreshFigures_HaveNoStalenessNote()
    {
        var page = await _client.GetDocumentAsync("/articles/gamma");

        Assert.Empty(page.QuerySelectorAll(".stale-note, .fact-stale"));
    }

    [Fact]
    public async Task StaleFigures_ShowANote_WhereverTheyAppear()
    {
        await using var stale = new StaleFiguresFactory();
        var client = stale.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var gamma = await client.GetDocumentAsync("/articles/gamma");
        var alpha = await client.GetDocumentAsync("/articles/alpha");

        // Every test figure is stale here: each list and table says so once, not on every row.
        Assert.Equal(Figure.StaleNoteForAll, home.QuerySelector(".quick-facts > .fact-stale")!.TextContent);
        Assert.Empty(home.QuerySelectorAll(".fact .fact-stale"));
        Assert.Equal("May 2024", gamma.QuerySelector("#Figure-median-pay time")!.TextContent);
        Assert.Equal(Figure.StaleNoteForAll, gamma.QuerySelector("#Figures-pay caption .stale-note")!.TextContent);
        Assert.Empty(gamma.QuerySelectorAll("tr .stale-note"));
        Assert.Equal("(Test Statistics Office, May 2024; newer data may exist)", alpha.QuerySelector(".prose .fig .fig-cite")!.TextContent);
    }

    [Fact]
    public async Task WhenOnlySomeFiguresAreStale_EachStaleOneHasItsOwnNote()
    {
        using var content = new TempContent();
        var figures = Path.Combine(content.Folder, "data/figures.yaml");
        var thisYear = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = File.ReadAllText(figures);
        var date = text.IndexOf("date: 2024-05", text.IndexOf("key: median-pay", StringComparison.Ordinal), StringComparison.Ordinal);
        content.Write("data/figures.yaml", $"{text[..date]}date: {thisYear}-01{text[(date + "date: 2024-05".Length)..]}");
        await using var factory = new ContentSiteFactory(content.Folder, staleAfterYears: 1);
        var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var gamma = await client.GetDocumentAsync("/articles/gamma");

        Assert.Null(home.QuerySelector(".quick-facts > .fact-stale"));
        Assert.Equal(["newer data may exist"], home.QuerySelectorAll(".fact .fact-stale").Select(e => e.TextContent));
        Assert.Null(gamma.QuerySelector("#Figures-pay caption .stale-note"));
        Assert.Null(gamma.QuerySelector("#Figure-median-pay .stale-note"));
        Assert.Equal("newer data may exist", gamma.QuerySelector("#Figure-low-pay .stale-note")!.TextContent);
        Assert.Equal("newer data may exist", gamma.QuerySelector("#Figure-hourly-pay .stale-note")!.TextContent);
    }
}

/// <summary>A small RFC 4180 reader for the CSV download test.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else if (c != '\r') { field.Append(c); }
        }

        return rows;
    }
}
