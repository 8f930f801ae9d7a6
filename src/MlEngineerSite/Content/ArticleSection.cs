namespace MlEngineerSite.Content;

/// <summary>
/// A section of an article: a heading (h2 to h4) and everything up to the next heading of the same
/// or a higher level. It has a share page of its own at <c>/articles/{slug}/{id}</c>.
/// </summary>
public sealed record ArticleSection(string Id, int Level, string Title, string Html, string Summary);
