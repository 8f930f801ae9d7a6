using System.Text;

namespace MlEngineerSite.Content;

/// <summary>
/// Escapes text for HTML element content and double- or single-quoted attributes. Only the five
/// characters that matter are escaped, so non-ASCII text stays readable in the output.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
