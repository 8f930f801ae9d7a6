using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// Checks that every link from an article to another article, and every #fragment, has a target.
/// A broken one fails <c>check</c> (the editors' gate in CI), but the server still publishes the
/// folder with the link shown as text. Links to Markdown files and to old paths (Hugo aliases,
/// Jekyll permalinks, <c>/docs/other/</c> for articles/docs/other.md) are resolved to the article
/// they mean. Returns, per article, the links whose URL must change.
/// </summary>
public static class LinkChecker
{
    private const string ArticlePrefix = "/articles/";
    private const string PagePrefix = "/pages/";
    private const string Kind = "broken link between articles";

    /// <param name="articles">The live articles, whose links are checked.</param>
    /// <param name="diagnostics">Where each broken link is reported.</param>
    /// <param name="now">The moment of the load, which says whether an unlisted article is still to come or has expired.</param>
    /// <param name="preview">Preview mode, where unlisted articles are shown: a link to one is a warning and stays a link.</param>
    /// <param name="unlisted">Articles not live now (scheduled or expired): a link to one is an error that names why, shown as text until it is live.</param>
    /// <param name="pages">The pages of pages/, whose links to articles are checked as the articles' are.</param>
    public static Dictionary<Article, LinkFixes> Check(IReadOnlyList<Article> articles, ContentDiagnostics diagnostics, IReadOnlyList<Article>? unlisted = null, DateTimeOffset now = default, bool preview = false, IReadOnlyList<Article>? pages = null)
    {
        unlisted ??= [];
        IReadOnlyList<Article> all = [.. articles, .. unlisted];
        var bySlug = Article.BySlugOrAlias(all);
        var byFile = all.Concat(pages ?? []).GroupBy(a => a.RelativePath, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byPath = Article.ByOldPath(all);
        var byNote = ByNote(all);
        var pagesBySlug = (pages ?? []).GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase); // Two pages of one slug are an error of their own.
        var fixes = new Dictionary<Article, LinkFixes>();
        foreach (var article in articles.Concat(pages ?? []))
        {
            foreach (var link in article.InternalLinks)
            {
                Article? target;
                if (link.File is { } file)
                {
                    target = byFile.GetValueOrDefault(file);
                }
                else if (link.Note is { } note)
                {
                    target = note.Length == 0 ? article : byNote.GetValueOrDefault(note.TrimEnd('/'));
                }
                else
                {
                    target = TargetOf(article, link.Path, bySlug, byPath, pagesBySlug, out var checkable);
                    if (!checkable)
                    {
                        continue;
                    }
                }

                string? fix;
                if (target is null)
                {
                    var named = link.File ?? (link.Note is { } missingNote ? $"[[{missingNote}]]" : link.Path);
                    diagnostics.CheckError(article.RelativePath, link.Line, link.Column, $"broken link: no article at '{TextExcerpt.Quote(named, 80)}'", Kind);
                    fix = null;
                }
                else if (unlisted.Contains(target) && preview)
                {
                    diagnostics.Warning(article.RelativePath, link.Line, link.Column, $"link to {target.RelativePath}, which {NotLive(target, now)}: readers will see it as text until then", kind: "link to an article readers do not see");
                    continue;
                }
                else if (unlisted.Contains(target))
                {
                    diagnostics.CheckError(article.RelativePath, link.Line, link.Column, $"link to {target.RelativePath}, which {NotLive(target, now)}: it is shown as text until then", Kind);
                    fix = null;
                }
                else if (!string.IsNullOrEmpty(link.Fragment) && !target.HasHeading(link.Fragment) && !target.AnchorAliases.ContainsKey(link.Fragment))
                {
                    diagnostics.CheckError(article.RelativePath, link.Line, link.Column,
                        $"broken link: '{target.RelativePath}' has no heading with the ID '#{TextExcerpt.Quote(link.Fragment)}'", Kind);
                    fix = target == article ? null : target.Url; // The page, at least.
                }
                else if (Canonical(article, target, link) is { } url && url != link.Path)
                {
                    fix = url + (string.IsNullOrEmpty(link.Fragment) ? "" : "#" + link.Fragment);
                }
                else
                {
                    continue;
                }

                if (!fixes.TryGetValue(article, out var list))
                {
                    fixes[article] = list = [];
                }

                list[(link.Line, link.Column)] = fix;
            }
        }

        return fixes;
    }

    /// <summary>Why an article is not live at <paramref name="now"/>, for the editor.</summary>
    private static string NotLive(Article target, DateTimeOffset now) =>
        target.Draft ? "is a draft"
        : target.PublishAt is { } from && from > now
            ? $"is scheduled for {from:yyyy-MM-dd HH:mm} UTC"
            : $"expired at {target.ExpiresAt:yyyy-MM-dd HH:mm} UTC";

    /// <summary>The address a link to the target should have when it names the target another way: a Markdown file (whose slug may not be the one predicted from its name), or an old path.</summary>
    /// A page's relative link to an article ("salary") is made absolute: from /pages/ the browser would look for /pages/salary.
    private static string? Canonical(Article from, Article target, InternalLink link) =>
        link.File is not null || link.Note is not null || (from.IsPage && !link.Path.StartsWith('/') && link.Path.Length > 0)
        || link.Path.StartsWith('/') && !link.Path.StartsWith(ArticlePrefix, StringComparison.OrdinalIgnoreCase) && !link.Path.StartsWith(PagePrefix, StringComparison.OrdinalIgnoreCase) ? target.Url : null;

    /// <summary>Articles by note name as Obsidian resolves a wiki link: the file name without .md, and its path under articles/ (folder/Note), without regard to case.</summary>
    private static Dictionary<string, Article> ByNote(IReadOnlyList<Article> articles)
    {
        var byNote = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles.OrderBy(a => a.RelativePath.Count(c => c == '/')).ThenBy(a => a.RelativePath, StringComparer.Ordinal))
        {
            var path = article.RelativePath["articles/".Length..];
            var withoutExtension = path[..^Path.GetExtension(path).Length];
            byNote.TryAdd(withoutExtension, article);
            byNote.TryAdd(Path.GetFileName(withoutExtension), article); // The shallowest file of a name wins, as in Obsidian.
        }

        return byNote;
    }

    /// <summary>The article a site link points at; <paramref name="checkable"/> is false for other pages of the site.</summary>
    private static Article? TargetOf(Article from, string path, Dictionary<string, Article> bySlug, Dictionary<string, Article> byPath, Dictionary<string, Article> pagesBySlug, out bool checkable)
    {
        checkable = true;
        if (path.Length == 0)
        {
            return from;
        }

        if (path.StartsWith(PagePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return pagesBySlug.GetValueOrDefault(path[PagePrefix.Length..].Split('?')[0].TrimEnd('/'));
        }

        if (path.StartsWith(ArticlePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var slug = path[ArticlePrefix.Length..].Split('?')[0].TrimEnd('/');
            return bySlug.GetValueOrDefault(slug);
        }

        if (path.StartsWith('/'))
        {
            // Another tool's path for a page: an article only if one claims it; else another page of this site (/search, /feed.xml).
            var found = byPath.GetValueOrDefault(SitePath.Normalize(path));
            checkable = found is not null;
            return found;
        }

        if (!path.Contains('/') && !path.Contains('.'))
        {
            return bySlug.GetValueOrDefault(path.Split('?')[0]); // Relative to /articles/, where every article lives.
        }

        checkable = false;
        return null;
    }
}
