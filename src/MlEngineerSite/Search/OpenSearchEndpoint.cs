using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Seo;

namespace MlEngineerSite.Search;

/// <summary>/opensearch.xml: lets browsers add the site's search, linked from every page with <c>rel="search"</c>.</summary>
public static class OpenSearchEndpoint
{
    public const string Path = "/opensearch.xml";
    private const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    public static IEndpointRouteBuilder MapOpenSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IOptions<SiteOptions> options, Content.Publishing.ContentStore content) =>
        {
            var site = options.Value;
            var brand = content.Current.Brand;
            return Results.Text(XmlText.Write(xml =>
            {
                xml.WriteStartElement("OpenSearchDescription", Namespace);
                xml.WriteElementString("ShortName", Namespace, TextExcerpt.Cut(brand.Name, 16));
                xml.WriteElementString("Description", Namespace, Localization.SiteText.T["Search {0}", brand.Name]);
                xml.WriteElementString("Language", Namespace, brand.Language.Tag);
                // The browser shows the site's icon beside its search: the brand's favicon, else the site's own.
                xml.WriteStartElement("Image", Namespace);
                xml.WriteAttributeString("type", brand.Favicon?.ContentType ?? "image/svg+xml");
                xml.WriteString(site.AbsoluteUrl(brand.Favicon?.Url ?? "/favicon.svg"));
                xml.WriteEndElement();
                xml.WriteElementString("InputEncoding", Namespace, "UTF-8");
                xml.WriteStartElement("Url", Namespace);
                xml.WriteAttributeString("type", "text/html");
                xml.WriteAttributeString("method", "get");
                xml.WriteAttributeString("template", site.AbsoluteUrl("/search") + "?q={searchTerms}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }), "application/opensearchdescription+xml; charset=utf-8");
        });
        return endpoints;
    }
}
