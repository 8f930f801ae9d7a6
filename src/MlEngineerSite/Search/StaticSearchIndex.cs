using System.Text.Json;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Search;

/// <summary>
/// The search index of a static export (<c>search-index.json</c>): each article and each searched
/// section with its address, article, heading and text. On a static host there is no server to ask,
/// so wwwroot/js/search.js reads this file on the exported search page and matches the query's words
/// in the reader's browser; the running site answers /search itself with Lucene.
/// </summary>
public static class StaticSearchIndex
{
    public const string Path = "/search-index.json";

    public static byte[] For(ContentSnapshot content)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("sections");
            foreach (var article in content.ArticlesAndPages)
            {
                Entry(json, article.Url, article.Title, article.Title, article.Description);
                foreach (var section in article.Sections.Where(s => s.IsSearched))
                {
                    // A page's sections have no share page of their own: the page, at the section.
                    Entry(json, article.IsPage ? $"{article.Url}#{section.Id}" : article.SectionUrl(section), article.Title, section.Title, section.Text);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Entry(Utf8JsonWriter json, string url, string article, string heading, string text)
    {
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteString("article", article);
        json.WriteString("heading", heading);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
