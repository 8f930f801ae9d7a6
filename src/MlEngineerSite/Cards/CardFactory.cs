using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;
using MlEngineerSite.Seo;

using static MlEngineerSite.Localization.SiteText;

namespace MlEngineerSite.Cards;

/// <summary>
/// The card for each page the site serves (<see cref="SitePage"/>), from the current content: the
/// home page, an article, a section (its article above its heading, and its headline figure), the
/// tags and each tag. Text the bundled fonts cannot draw is left out, falling back to the article's
/// title or the site's name, so a card never shows boxes for missing letters.
/// </summary>
public static class CardFactory
{
    /// <summary>The card of the page at <paramref name="pagePath"/>, as <see cref="CardPaths"/> writes it ("index" for the home page); only current addresses have one.</summary>
    public static Card? For(string pagePath, ContentSnapshot content, SiteOptions site)
    {
        var path = pagePath.Trim('/') switch { "index" => "/", "" => null, var other => other };
        if (path is null || SitePage.At(path, content) is not { } page)
        {
            return null;
        }

        var siteName = Drawable(content.Brand.Name) ?? "";
        var address = Address(site.BaseUrl);
        var card = page switch
        {
            { Section: { } section, Article: { } article } => SectionCard(siteName, article, section, address),
            { Article: { } article } => new Card(siteName, null, Drawable(article.Title) ?? siteName, Drawable(article.Description), null, address),
            { Tag: { } tag } => new Card(siteName, T["Tagged"], Drawable(tag.Name) ?? T["Tags"], Drawable(page.Description), null, address),
            { Path: "/" } => new Card(siteName, null, Drawable(content.Brand.Tagline) ?? siteName, null, null, address),
            _ => new Card(siteName, null, page.Title, page.Description, null, address),
        };
        return card with { Accent = content.Brand.Dark?.Accent };
    }

    private static Card SectionCard(string siteName, Article article, ArticleSection section, string address)
    {
        var (title, figure) = (Drawable(article.Title), Headline(section.Headline));
        var summary = figure is null ? Drawable(section.Summary) : null;
        return Drawable(section.Title) is { } heading
            ? new Card(siteName, title, heading, summary, figure, address)
            : new Card(siteName, null, title ?? siteName, summary, figure, address);
    }

    private static CardFigure? Headline(Figure? figure) =>
        figure is null ? null : new CardFigure(figure.Label, figure.DisplayValue, $"{figure.ShortSource}, {figure.Date}");

    private static string? Drawable(string? text) =>
        string.IsNullOrWhiteSpace(text) || !CardFonts.CanDraw(text) ? null : text;

    private static string Address(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Authority : baseUrl;
}
