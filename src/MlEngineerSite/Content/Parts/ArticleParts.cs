using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;
using MlEngineerSite.Rendering;
using static MlEngineerSite.Localization.SiteText;

namespace MlEngineerSite.Content.Parts;

/// <summary>
/// The parts the article page adds around the author's text: "On this page", the quick facts and
/// the occupation at a glance (on the figures article), and the sources. Each is a section like the
/// text's own, with an ID made from its heading as the text's are, a "#" link, a share page and a
/// card. Its ID is chosen after every ID the text has (headings and anchor aliases), so adding a
/// part never moves an author's ID; a heading that takes a part's ID is warned about. The IDs come
/// from the English titles whatever the site's language (#on-this-page, #sources), so a published
/// link and the anchor register survive a change of language; the headings are translated.
/// Rendered once, when content loads.
/// </summary>
public static class ArticleParts
{
    /// <summary>The article with the parts it makes for itself: the list of its sections and its sources.</summary>
    public static Article WithOwnParts(Article article, ContentDiagnostics diagnostics)
    {
        var parts = new List<ArticleSection>();
        var contents = article.Contents.ToList();
        if (contents.Count > 0)
        {
            string contentsTitle = T["On this page"];
            var topLevel = contents.Where(h => h.Level == contents.Min(c => c.Level)).ToList();
            parts.Add(new ArticleSection(
                IdFor(article, parts, "On this page", diagnostics),
                2,
                contentsTitle,
                ComponentHtml.Render<ContentsList>(("Headings", contents), ("Base", article.Url)),
                TextExcerpt.ListDescription(T["What this article covers:"], topLevel.Select(h => h.Text), topLevel.Count),
                "",
                Kind: SectionKind.Contents,
                ArticleHtml: ComponentHtml.Render<ContentsList>(("Headings", contents))));
        }

        if (article.Sources.Count > 0)
        {
            var html = ComponentHtml.Render<SourcesList>(("Sources", article.Sources));
            var publishers = article.Sources.Select(s => s.Publisher ?? s.Title).Distinct(StringComparer.Ordinal).ToList();
            var named = string.Join(", ", publishers.Take(3));
            string sourcesTitle = T["Sources"];
            string summary = article.Sources.Count == 1 ? T["The source this article cites, from {0}.", named]
                : publishers.Count > 3 ? T["The {0} sources this article cites, from {1} and others.", article.Sources.Count, named]
                : T["The {0} sources this article cites, from {1}.", article.Sources.Count, named];
            parts.Add(new ArticleSection(
                IdFor(article, parts, "Sources", diagnostics),
                2,
                sourcesTitle,
                html,
                TextExcerpt.Description(summary),
                "",
                Kind: SectionKind.Sources,
                ArticleHtml: html));
        }

        return WithParts(article, parts);
    }

    /// <summary>The figures article with the quick facts and the occupation at a glance, when figures.yaml gives them.</summary>
    public static Article WithFigureParts(Article article, FigureCatalog figures, ContentDiagnostics diagnostics)
    {
        var parts = new List<ArticleSection>();
        if (figures.QuickFacts.Count > 0)
        {
            var html = ComponentHtml.Render<QuickFactsList>(("Figures", figures));
            var facts = figures.QuickFacts.Select(f => $"{f.Label}, {f.DisplayValue} ({f.Date})").ToList();
            string quickFactsTitle = T["Quick facts"];
            parts.Add(new ArticleSection(
                IdFor(article, parts, "Quick facts", diagnostics),
                2,
                quickFactsTitle,
                html,
                TextExcerpt.ListDescription(T["Quick facts:"], facts, facts.Count),
                string.Join(". ", facts.Append(figures.QuickFactsNote ?? "")),
                figures.QuickFacts.FirstOrDefault(f => f.IsHeadline),
                SectionKind.QuickFacts,
                html));
        }

        if (figures.Occupation is { } occupation)
        {
            string title = T["{0} at a glance", occupation.Name];
            var html = ComponentHtml.Render<OccupationSummary>(("Occupation", occupation));
            var values = occupation.Pay.Select(f => $"{f.Label} {f.DisplayValue}")
                .Concat(occupation.Education is { } education ? [$"{education.Label} {education.DisplayValue}"] : [])
                .Append(string.Join(", ", occupation.Skills));
            parts.Add(new ArticleSection(
                IdFor(article, parts, $"{occupation.Name} at a glance", diagnostics),
                2,
                title,
                html,
                TextExcerpt.Description(occupation.Description),
                string.Join(". ", values.Prepend(occupation.Description)),
                occupation.Pay.FirstOrDefault(f => f.IsHeadline),
                SectionKind.AtAGlance,
                html));
        }

        return WithParts(article, parts);
    }

    /// <summary>The sections in the order the page shows them: the parts before the text, the text's own, then the sources.</summary>
    private static Article WithParts(Article article, List<ArticleSection> parts) =>
        parts.Count == 0 ? article : article with { Sections = [.. article.Sections.Concat(parts).OrderBy(s => s.Kind)] };

    /// <summary>The part's ID: its heading's slug, numbered on when the text (or another part) has it already.</summary>
    private static string IdFor(Article article, List<ArticleSection> parts, string title, ContentDiagnostics diagnostics)
    {
        var slugger = new HeadingSlugger();
        foreach (var taken in article.Headings.Select(h => h.Id).Concat(article.AnchorAliases.Keys).Concat(article.Sections.Concat(parts).Select(s => s.Id)))
        {
            slugger.Reserve(taken);
        }

        var wanted = HeadingSlugger.ToSlug(title) is { Length: > 0 } slug ? slug : "part";
        var id = slugger.Slug(wanted);
        if (id != wanted)
        {
            var line = article.Headings.FirstOrDefault(h => h.Id == wanted)?.Line ?? 1;
            diagnostics.Warning(article.RelativePath, line, 1,
                $"the ID '{wanted}' is the one the page's “{TextExcerpt.Quote(title)}” would have, so that part's link is #{id}: "
                + "pin another ID on this heading ({#some-id}) to give the part its own", "heading ID taken from a part of the page");
        }

        return id;
    }
}
