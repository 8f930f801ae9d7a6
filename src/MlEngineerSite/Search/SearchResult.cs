namespace MlEngineerSite.Search;

/// <summary>
/// One section that matches a search: where it lands, and a snippet whose text is HTML-encoded
/// with <c>&lt;mark&gt;</c> around the matched words, so it is safe to write as it is.
/// </summary>
public sealed record SearchResult(string ArticleTitle, string Heading, string Url, string SnippetHtml);
