using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using MlEngineerSite.Cards;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Embeds;

/// <summary>
/// <c>/oembed?url=…</c> (oEmbed 1.0): for any page or section of this site, a <c>rich</c> response
/// whose HTML is a plain link card (a link, the page's card picture, its description; no script,
/// no style), so a CMS or job board that speaks oEmbed can embed a section, even in a sandboxed
/// iframe. JSON by default, XML with <c>format=xml</c>; 404 for any other address, which is never fetched.
/// </summary>
public static class OEmbedEndpoint
{
    public const string Path = "/oembed";

    /// <summary>The embed's width when the consumer sets no limit; the card keeps its 1200×630 shape within it.</summary>
    private const int DefaultWidth = 600;

    public static IEndpointRouteBuilder MapOEmbed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpRequest request, ContentStore content, IOptions<SiteOptions> site) =>
        {
            var format = request.Query["format"].ToString();
            if (format is not ("" or "json" or "xml"))
            {
                return Results.Text($"format '{Content.Model.TextExcerpt.Quote(format)}' is not offered: use json or xml", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            if (EmbeddedPage.Find(request.Query["url"], content.Current, site.Value) is not { } page)
            {
                return Results.NotFound();
            }

            // Within the consumer's maxwidth and maxheight, the card keeping its shape.
            var width = Limit(request.Query["maxwidth"], DefaultWidth);
            if (Limit(request.Query["maxheight"], 0) is > 0 and var height)
            {
                width = (int)Math.Min(width, (long)height * CardRenderer.Width / CardRenderer.Height);
            }

            var fields = Fields(page, site.Value, content.Current.Brand.Name, Math.Max(1, width));
            if (format == "xml")
            {
                var xml = new XElement("oembed", fields.Select(f => new XElement(f.Key, f.Value)));
                return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n" + xml.ToString(SaveOptions.DisableFormatting), "text/xml; charset=utf-8");
            }

            var json = new JsonObject();
            foreach (var (key, value) in fields)
            {
                json[key] = value is int number ? JsonValue.Create(number) : JsonValue.Create((string)value);
            }

            return Results.Text(json.ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>The discovery link a page puts in its head, so consumers find the endpoint from the page's own address.</summary>
    public static string DiscoveryUrl(SiteOptions site, string pagePath) =>
        Path + "?url=" + Uri.EscapeDataString(site.AbsoluteUrl(pagePath)) + "&format=json";

    private static int Limit(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? Math.Min(limit, CardRenderer.Width) : fallback;

    private static List<KeyValuePair<string, object>> Fields(Seo.SitePage page, SiteOptions site, string siteName, int width)
    {
        var url = site.AbsoluteUrl(page.Path);
        var card = site.AbsoluteUrl(CardPaths.For(page.Path));
        var cardHeight = width * CardRenderer.Height / CardRenderer.Width;
        var html = Rendering.ComponentHtml.Render<EmbedCard>(("Url", url), ("Card", card), ("Page", page), ("SiteName", siteName), ("Width", width), ("Height", cardHeight));
        return
        [
            new("version", "1.0"),
            new("type", "rich"),
            new("title", page.Title),
            new("provider_name", siteName),
            new("provider_url", site.AbsoluteUrl("/")),
            new("cache_age", 3600),
            new("thumbnail_url", card),
            new("thumbnail_width", CardRenderer.Width),
            new("thumbnail_height", CardRenderer.Height),
            new("html", html),
            new("width", width),
            new("height", cardHeight + 120),
        ];
    }
}
