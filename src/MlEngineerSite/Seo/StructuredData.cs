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

    /// <summary>An article: who wrote it (its front matter's authors, else the site), when, its card as its image, and the site as publisher with its logo.</summary>
    public static string Article(Article article, SiteOptions site, Branding.SiteBrand brand, string image)
    {
        var json = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Article",
            ["@id"] = site.AbsoluteUrl(article.Url),
            ["headline"] = article.Title,
            ["description"] = article.Description,
            ["inLanguage"] = brand.Language.Tag,
            ["image"] = image,
            ["author"] = article.Authors.Count > 0
                ? new JsonArray([.. article.Authors.Select(name => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = name })])
                : Publisher(site, brand),
            ["dateModified"] = IsoDate(article.Updated),
            ["mainEntityOfPage"] = site.AbsoluteUrl(article.Url),
            ["publisher"] = Publisher(site, brand),
        };
        if (article.Published is { } published)
        {
            json["datePublished"] = IsoDate(published);
        }

        return Serialize(json);
    }

    /// <summary>A section's share page: a part of its article's page.</summary>
    public static string SectionPage(Article article, ArticleSection section, SiteOptions site, Branding.SiteBrand brand, string image) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebPage",
        ["@id"] = site.AbsoluteUrl(article.SectionUrl(section)),
        ["name"] = section.Title,
        ["description"] = section.Summary,
        ["image"] = image,
        ["isPartOf"] = new JsonObject { ["@type"] = "Article", ["@id"] = site.AbsoluteUrl(article.Url), ["headline"] = article.Title },
        ["publisher"] = Publisher(site, brand),
    });

    /// <summary>The home page: the site, with the search box search engines may show for it.</summary>
    public static string WebSite(SiteOptions site, Branding.SiteBrand brand) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = brand.Name,
        ["description"] = brand.Tagline,
        ["inLanguage"] = brand.Language.Tag,
        ["url"] = site.AbsoluteUrl("/"),
        ["publisher"] = Publisher(site, brand),
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject { ["@type"] = "EntryPoint", ["urlTemplate"] = site.AbsoluteUrl("/search") + "?q={search_term_string}" },
            ["query-input"] = "required name=search_term_string",
        },
    });

    private static JsonObject Publisher(SiteOptions site, Branding.SiteBrand brand) => new()
    {
        ["@type"] = "Organization",
        ["name"] = brand.Name,
        ["url"] = site.AbsoluteUrl("/"),
        ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = site.AbsoluteUrl(brand.Logo?.Asset.Url ?? LogoPath) },
    };

    /// <summary>The site's logo for search engines: its icon, unless site.yaml names a logo.</summary>
    public const string LogoPath = "/favicon.svg";

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
