using System.Globalization;
using System.Xml;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Seo;

/// <summary>Writes /sitemap.xml: the home page, every article and every tag page, with the date each last changed.</summary>
public static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(ContentSnapshot content, SiteOptions site) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        WriteUrl(xml, site.AbsoluteUrl("/"), content.LastUpdated);
        foreach (var article in content.ArticlesAndPages)
        {
            WriteUrl(xml, site.AbsoluteUrl(article.Url), article.Updated);
        }

        foreach (var tag in content.Tags)
        {
            WriteUrl(xml, site.AbsoluteUrl(tag.Url), tag.Articles.Max(a => a.Updated));
        }

        xml.WriteEndElement();
    });

    private static void WriteUrl(XmlWriter xml, string location, DateOnly lastModified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        xml.WriteElementString("lastmod", Namespace, lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
