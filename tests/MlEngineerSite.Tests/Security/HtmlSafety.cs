using AngleSharp.Dom;

namespace MlEngineerSite.Tests.Security;

/// <summary>What served HTML must never contain, whatever the content: script, event handlers, unsafe URLs, inline style.</summary>
public static class HtmlSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background", "cite"];
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet", "style", "meta[http-equiv]"];

    public static void AssertSafe(IParentNode document, string context)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var isData = script.GetAttribute("type") == "application/ld+json";
            var isOwnFile = script.GetAttribute("src") is { } src && src.StartsWith("/js/", StringComparison.Ordinal);
            Assert.True(isData || isOwnFile, $"{context}: unexpected script {script.OuterHtml}");
        }

        Assert.Empty(document.QuerySelectorAll(string.Join(", ", ForbiddenElements)));
        Assert.All(document.QuerySelectorAll("form"), form =>
            Assert.True(form.GetAttribute("action") == "/search" && form.GetAttribute("method") == "get", $"{context}: unexpected form {form.OuterHtml}"));
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{context}: event handler {attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Name == "style", $"{context}: inline style on <{element.LocalName}>");
                if (UrlAttributes.Contains(attribute.Name))
                {
                    Assert.True(IsSafeUrl(attribute.Value), $"{context}: unsafe {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }
    }

    /// <summary>Judges a URL the way a browser reads it: control characters and whitespace inside the scheme are ignored.</summary>
    public static bool IsSafeUrl(string url)
    {
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':');
        if (colon < 0 || compact.IndexOfAny(['/', '?', '#']) is var boundary && boundary >= 0 && boundary < colon)
        {
            return true;
        }

        return AllowedSchemes.Contains(compact[..colon].ToLowerInvariant());
    }
}
