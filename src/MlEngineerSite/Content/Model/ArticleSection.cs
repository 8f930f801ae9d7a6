namespace MlEngineerSite.Content.Model;

/// <summary>
/// A section of an article: a heading (h2 to h4) and everything up to the next heading of the same
/// or a higher level. It has a share page of its own at <c>/articles/{slug}/{id}</c>.
/// <see cref="Html"/> is its content with its subsections' headings moved up to start at h2 (on its
/// page its heading is the h1); <see cref="Text"/> is its own text, before its first subsection, for search.
/// <see cref="Headline"/> is the first pay or percentage figure its own text cites, for its link-preview card.
/// </summary>
public sealed record ArticleSection(string Id, int Level, string Title, string Html, string Summary, string Text, Figures.Figure? Headline = null);
