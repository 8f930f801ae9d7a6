using System.Globalization;
using System.Text;
using System.Xml;
using MlEngineerSite.Content;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Seo;

/// <summary>Writes /sitemap.xml: the home page and every article, with the date each last changed.</summary>
public static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(ContentSnapshot content, SiteOptions site)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(output), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            WriteUrl(xml, site.AbsoluteUrl("/"), content.LastUpdated);
            foreach (var article in content.Articles)
            {
                WriteUrl(xml, site.AbsoluteUrl(article.Url), article.Updated);
            }

            xml.WriteEndElement();
        }

        return output.ToString();
    }

    private static void WriteUrl(XmlWriter xml, string location, DateOnly lastModified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        xml.WriteElementString("lastmod", Namespace, lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
