using System.Globalization;
using System.Xml;
using MlEngineerSite.Content;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Seo;

/// <summary>Writes /feed.xml, an Atom feed of the articles (title, summary, last update), newest first.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static string Write(ContentSnapshot content, SiteOptions site) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("feed", Namespace);
        xml.WriteElementString("id", Namespace, site.AbsoluteUrl("/"));
        xml.WriteElementString("title", Namespace, site.Name);
        xml.WriteElementString("subtitle", Namespace, site.Tagline);
        xml.WriteElementString("updated", Namespace, Timestamp(content.LastUpdated));
        WriteLink(xml, "self", site.AbsoluteUrl("/feed.xml"));
        WriteLink(xml, "alternate", site.AbsoluteUrl("/"));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, site.Name);
        xml.WriteEndElement();

        foreach (var article in content.Articles.OrderByDescending(a => a.Updated).ThenBy(a => a.Order))
        {
            xml.WriteStartElement("entry", Namespace);
            xml.WriteElementString("id", Namespace, site.AbsoluteUrl(article.Url));
            xml.WriteElementString("title", Namespace, article.Title);
            WriteLink(xml, "alternate", site.AbsoluteUrl(article.Url));
            xml.WriteElementString("updated", Namespace, Timestamp(article.Updated));
            xml.WriteElementString("summary", Namespace, article.Description);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void WriteLink(XmlWriter xml, string relation, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
