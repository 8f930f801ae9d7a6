using System.Globalization;
using System.Text;
using System.Xml;

namespace MlEngineerSite.Seo;

/// <summary>Writes an XML document to a UTF-8 string (the sitemap and the feed).</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        var output = new StringBuilder();
        using (var writer = new Utf8StringWriter(output))
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return output.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
