namespace MlEngineerSite.Content.Model;

/// <summary>A tag from the articles' front matter (<c>tags</c>, <c>categories</c>): its name, its URL and its articles in reading order.</summary>
public sealed record TagPage(string Name, string Slug, IReadOnlyList<Article> Articles)
{
    public string Url => $"/tags/{Slug}";

    public string FeedUrl => $"/tags/{Slug}/feed.xml";

    /// <summary>The articles' tags as pages: one per slug (the first spelling names it), for tags that make a slug at all.</summary>
    public static IEnumerable<TagPage> From(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.Tags.Select(tag => (Tag: tag, Slug: SitePath.Slugify(tag), Article: a)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .Select(g => new TagPage(g.First().Tag, g.Key, [.. g.Select(t => t.Article).Distinct()]))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase);
}
