using System.Globalization;
using System.Xml;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Seo;

/// <summary>Writes /feed.xml, an Atom feed of the articles (title, summary, last update), newest first, and one such feed per tag.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static string Write(ContentSnapshot content, SiteOptions site) =>
        Write(content.Articles, site, content.Brand, content.Brand.Name, "/feed.xml", "/");

    public static string Write(TagPage tag, ContentSnapshot content, SiteOptions site) =>
        Write(tag.Articles, site, content.Brand, $"{content.Brand.Name}: {tag.Name}", tag.FeedUrl, tag.Url);

    private static string Write(IReadOnlyList<Article> articles, SiteOptions site, Branding.SiteBrand brand, string title, string selfPath, string alternatePath) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, brand.Language.Tag);
        xml.WriteElementString("id", Namespace, site.AbsoluteUrl(alternatePath));
        xml.WriteElementString("title", Namespace, title);
        xml.WriteElementString("subtitle", Namespace, brand.Tagline);
        xml.WriteElementString("updated", Namespace, Timestamp(articles.Count == 0 ? DateOnly.MinValue : articles.Max(a => a.Updated)));
        WriteLink(xml, "self", site.AbsoluteUrl(selfPath));
        WriteLink(xml, "alternate", site.AbsoluteUrl(alternatePath));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, brand.Name);
        xml.WriteEndElement();

        foreach (var article in articles.OrderByDescending(a => a.Updated).ThenBy(a => a.Order))
        {
            xml.WriteStartElement("entry", Namespace);
            xml.WriteElementString("id", Namespace, site.AbsoluteUrl(article.Url));
            xml.WriteElementString("title", Namespace, article.Title);
            WriteLink(xml, "alternate", site.AbsoluteUrl(article.Url));
            xml.WriteElementString("updated", Namespace, Timestamp(article.Updated));
            xml.WriteElementString("summary", Namespace, article.Description);
            foreach (var tag in article.Tags)
            {
                xml.WriteStartElement("category", Namespace);
                xml.WriteAttributeString("term", tag);
                xml.WriteEndElement();
            }

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
