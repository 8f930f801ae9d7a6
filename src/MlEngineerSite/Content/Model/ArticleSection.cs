namespace MlEngineerSite.Content.Model;

/// <summary>
/// A section of an article: a heading (h2 to h4) and everything up to the next heading of the same
/// or a higher level, or a part the page adds around the text (<see cref="Kind"/>). It has a share
/// page of its own at <c>/articles/{slug}/{id}</c>.
/// <see cref="Html"/> is its content for that page, with its subsections' headings moved up to start
/// at h2 (its heading is the h1 there); <see cref="Text"/> is its own text, before its first
/// subsection, for search. <see cref="Headline"/> is the first pay or percentage figure its own text
/// cites, for its link-preview card. A part's <see cref="ArticleHtml"/> is its content as the article
/// page shows it (a section of the text is shown by the article's own HTML).
/// </summary>
public sealed record ArticleSection(
    string Id,
    int Level,
    string Title,
    string Html,
    string Summary,
    string Text,
    Figures.Figure? Headline = null,
    SectionKind Kind = SectionKind.Text,
    string? ArticleHtml = null)
{
    /// <summary>Whether search finds it: the list of contents and the sources only repeat what the article's own sections say.</summary>
    public bool IsSearched => Kind is not (SectionKind.Contents or SectionKind.Sources);
}
