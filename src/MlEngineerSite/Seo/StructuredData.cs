using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Seo;

/// <summary>
/// schema.org JSON-LD for search engines, built from the same objects the page shows, so every
/// value in it matches the visible text. System.Text.Json escapes '&lt;', so the JSON cannot close
/// its script element.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    public static string Article(Article article, SiteOptions site) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "Article",
        ["headline"] = article.Title,
        ["description"] = article.Description,
        ["dateModified"] = IsoDate(article.Updated),
        ["mainEntityOfPage"] = site.AbsoluteUrl(article.Url),
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Name, ["url"] = site.AbsoluteUrl("/") },
    });

    public static string Breadcrumbs(SiteOptions site, params (string Name, string Path)[] trail) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. trail.Select((crumb, index) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = crumb.Name,
            ["item"] = site.AbsoluteUrl(crumb.Path),
        })]),
    });

    public static string Occupation(Occupation occupation, Article page, SiteOptions site)
    {
        var json = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Occupation",
            ["name"] = occupation.Name,
            ["description"] = occupation.Description,
            ["occupationLocation"] = new JsonArray(new JsonObject { ["@type"] = "Country", ["name"] = occupation.Country }),
            ["mainEntityOfPage"] = new JsonObject
            {
                ["@type"] = "WebPage",
                ["@id"] = site.AbsoluteUrl(page.Url),
                ["lastReviewed"] = IsoDate(page.Updated),
            },
        };
        if (occupation.Education is { } education)
        {
            json["educationRequirements"] = education.DisplayValue;
        }

        if (occupation.Skills.Count > 0)
        {
            json["skills"] = string.Join(", ", occupation.Skills);
        }

        if (occupation.Pay.Count > 0)
        {
            json["estimatedSalary"] = new JsonArray(SalaryDistribution(occupation.Pay));
        }

        return Serialize(json);
    }

    private static JsonObject SalaryDistribution(IReadOnlyList<Figure> pay)
    {
        var first = pay[0];
        var distribution = new JsonObject
        {
            ["@type"] = "MonetaryAmountDistribution",
            ["name"] = "base",
            ["currency"] = first.Unit,
            ["duration"] = first.Per switch { "hour" => "PT1H", "day" => "P1D", "week" => "P1W", "month" => "P1M", _ => "P1Y" },
        };
        foreach (var figure in pay)
        {
            var name = figure.Percentile == 50 ? "median" : $"percentile{figure.Percentile}";
            distribution[name] = figure.Number;
        }

        return distribution;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Serialize(JsonObject json) => json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
