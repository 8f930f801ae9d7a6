namespace MlEngineerSite.Content;

/// <summary>Checks that every link from an article to another article, and every #fragment, has a target.</summary>
public static class LinkChecker
{
    private const string ArticlePrefix = "/articles/";

    public static void Check(IReadOnlyList<Article> articles, ContentDiagnostics diagnostics)
    {
        var bySlug = Article.BySlugOrAlias(articles);
        foreach (var article in articles)
        {
            foreach (var link in article.InternalLinks)
            {
                var target = TargetOf(article, link.Path, bySlug, out var checkable);
                if (!checkable)
                {
                    continue;
                }

                if (target is null)
                {
                    diagnostics.Error(article.RelativePath, link.Line, link.Column, $"broken link: no article at '{link.Path}'");
                }
                else if (!string.IsNullOrEmpty(link.Fragment)
                    && !target.HasHeading(link.Fragment) && !target.AnchorAliases.ContainsKey(link.Fragment))
                {
                    diagnostics.Error(article.RelativePath, link.Line, link.Column,
                        $"broken link: '{target.RelativePath}' has no heading with the ID '#{link.Fragment}'");
                }
            }
        }
    }

    /// <summary>The article a site link points at; <paramref name="checkable"/> is false for other pages of the site.</summary>
    private static Article? TargetOf(Article from, string path, Dictionary<string, Article> bySlug, out bool checkable)
    {
        checkable = true;
        if (path.Length == 0)
        {
            return from;
        }

        if (path.StartsWith(ArticlePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var slug = path[ArticlePrefix.Length..].Split('?')[0].TrimEnd('/');
            return bySlug.GetValueOrDefault(slug);
        }

        if (!path.Contains('/') && !path.Contains('.'))
        {
            return bySlug.GetValueOrDefault(path.Split('?')[0]); // Relative to /articles/, where every article lives.
        }

        checkable = false;
        return null;
    }
}
