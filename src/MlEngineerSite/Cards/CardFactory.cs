using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Cards;

/// <summary>
/// The card for each page the site serves, from the current content: the home page, an article, a
/// section (its article above its heading, and its headline figure), the tags and each tag. Text the
/// bundled fonts cannot draw is left out, falling back to the article's title or the site's name,
/// so a card never shows boxes for missing letters.
/// </summary>
public static class CardFactory
{
    public static Card? For(string pagePath, ContentSnapshot content, SiteOptions site)
    {
        var parts = pagePath.Trim('/').Split('/');
        var siteName = Drawable(site.Name) ?? "";
        var address = Address(site.BaseUrl);
        switch (parts)
        {
            case ["index"]:
                return new Card(siteName, null, Drawable(site.Tagline) ?? siteName, null, null, address);
            case ["tags"]:
                return new Card(siteName, null, "Tags", $"Every tag of the {content.Articles.Count} articles.", null, address);
            case ["tags", var tag] when content.TagsBySlug.TryGetValue(tag, out var page):
                return new Card(siteName, "Tagged", Drawable(page.Name) ?? "Tags", $"{page.Articles.Count} article{(page.Articles.Count == 1 ? "" : "s")}", null, address);
            case ["articles", var slug] when content.BySlug.TryGetValue(slug, out var article):
                return new Card(siteName, null, Drawable(article.Title) ?? siteName, Drawable(article.Description), null, address);
            case ["articles", var slug, var id] when content.BySlug.TryGetValue(slug, out var article)
                                                  && article.FindSection(id, out var isAlias) is { } section && !isAlias:
                var (title, figure) = (Drawable(article.Title), Headline(section.Headline));
                var summary = figure is null ? Drawable(section.Summary) : null;
                return Drawable(section.Title) is { } heading
                    ? new Card(siteName, title, heading, summary, figure, address)
                    : new Card(siteName, null, title ?? siteName, summary, figure, address);
            default:
                return null;
        }
    }

    private static CardFigure? Headline(Figure? figure) =>
        figure is null ? null : new CardFigure(figure.Label, figure.DisplayValue, $"{figure.ShortSource}, {figure.Date}");

    private static string? Drawable(string? text) =>
        string.IsNullOrWhiteSpace(text) || !CardFonts.CanDraw(text) ? null : text;

    private static string Address(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Authority : baseUrl;
}
