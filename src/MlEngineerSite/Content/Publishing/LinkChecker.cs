using MlEngineerSite.Branding;
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
    /// <param name="siteLinks">site.yaml's header and footer links, checked against the same targets.</param>
    public static Dictionary<Article, LinkFixes> Check(IReadOnlyList<Article> articles, ContentDiagnostics diagnostics, IReadOnlyList<Article>? unlisted = null, DateTimeOffset now = default, bool preview = false, IReadOnlyList<Article>? pages = null, IEnumerable<BrandLink>? siteLinks = null)
    {
        unlisted ??= [];
        var targets = new Targets(articles, unlisted, pages ?? []);
        var fixes = new Dictionary<Article, LinkFixes>();
        foreach (var article in articles.Concat(pages ?? []))
        {
            foreach (var link in article.InternalLinks)
            {
                Article? target;
                string? sharedSection = null;
                if (link.File is { } file)
                {
                    target = targets.ByFile.GetValueOrDefault(file);
                }
                else if (link.Note is { } note)
                {
                    target = note.Length == 0 ? article : targets.ByNote.GetValueOrDefault(note.TrimEnd('/'));
                }
                else
                {
                    target = targets.Of(article, link.Path, out var checkable, out sharedSection);
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
                else if (MissingPart(target, link.Fragment, sharedSection) is { } missing)
                {
                    diagnostics.CheckError(article.RelativePath, link.Line, link.Column, $"broken link: {missing}", Kind);
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

        CheckSiteLinks(siteLinks ?? [], targets, preview ? [] : unlisted, now, diagnostics);
        return fixes;
    }

    /// <summary>
    /// The header and footer links of site.yaml that lead into this site, checked as an article's
    /// links are: a page, an article (by its address or an old one), a heading by its #ID, a
    /// section's share page. Another page of the site (/search, /feed.xml) is not checked; in preview,
    /// where unlisted articles are shown, neither is whether the target is live.
    /// </summary>
    private static void CheckSiteLinks(IEnumerable<BrandLink> links, Targets targets, IReadOnlyList<Article> unlisted, DateTimeOffset now, ContentDiagnostics diagnostics)
    {
        const string file = BrandFileReader.RelativePath;
        foreach (var link in links.Where(l => l.Url.StartsWith('/')))
        {
            var hash = link.Url.IndexOf('#', StringComparison.Ordinal);
            var (path, fragment) = hash < 0 ? (link.Url, null) : (link.Url[..hash], link.Url[(hash + 1)..]);
            var target = targets.Of(null, path, out var checkable, out var sharedSection);
            var problem = !checkable ? null
                : target is null ? $"broken link: '{TextExcerpt.Quote(link.Title)}' leads to {path.Split('?')[0].TrimEnd('/')}, which is no page or article readers see"
                : unlisted.Contains(target) ? $"link '{TextExcerpt.Quote(link.Title)}' leads to {target.RelativePath}, which {NotLive(target, now)}"
                : MissingPart(target, fragment, sharedSection) is { } missing ? $"broken link: '{TextExcerpt.Quote(link.Title)}': {missing}"
                : null;
            if (problem is not null)
            {
                diagnostics.CheckError(file, link.Line, 1, problem, "broken link in " + file);
            }
        }
    }

    /// <summary>What a link names in its target that the target does not have: a heading by #ID, or the section of a share page.</summary>
    private static string? MissingPart(Article target, string? fragment, string? sharedSection) =>
        !string.IsNullOrEmpty(fragment) && !target.HasHeading(fragment) && !target.AnchorAliases.ContainsKey(fragment)
            ? $"'{target.RelativePath}' has no heading with the ID '#{TextExcerpt.Quote(fragment)}'"
        : sharedSection is not null && target.FindSection(sharedSection, out _) is null
            ? $"'{target.RelativePath}' has no section with the ID '{TextExcerpt.Quote(sharedSection)}' to share"
        : null;

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

    /// <summary>Every way a link may name its target: by slug or old slug, by file, by old path, by note name, by page slug.</summary>
    private sealed class Targets
    {
        private readonly Dictionary<string, Article> _bySlug;
        private readonly Dictionary<string, Article> _byPath;
        private readonly Dictionary<string, Article> _pagesBySlug;

        public Targets(IReadOnlyList<Article> articles, IReadOnlyList<Article> unlisted, IReadOnlyList<Article> pages)
        {
            IReadOnlyList<Article> all = [.. articles, .. unlisted];
            _bySlug = Article.BySlugOrAlias(all);
            _byPath = Article.ByOldPath(all);
            _pagesBySlug = pages.GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase); // Two pages of one slug are an error of their own.
            ByFile = all.Concat(pages).GroupBy(a => a.RelativePath, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            ByNote = LinkChecker.ByNote(all);
        }

        public Dictionary<string, Article> ByFile { get; }

        public Dictionary<string, Article> ByNote { get; }

        public Article? Of(Article? from, string path, out bool checkable, out string? sharedSection) =>
            TargetOf(from, path, _bySlug, _byPath, _pagesBySlug, out checkable, out sharedSection);
    }

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

    /// <summary>
    /// The article a site link points at; <paramref name="checkable"/> is false for other pages of the
    /// site, <paramref name="sharedSection"/> the section ID of a share page's address.
    /// </summary>
    private static Article? TargetOf(Article? from, string path, Dictionary<string, Article> bySlug, Dictionary<string, Article> byPath, Dictionary<string, Article> pagesBySlug, out bool checkable, out string? sharedSection)
    {
        checkable = true;
        sharedSection = null;
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
            checkable = slug.Length > 0; // "/articles/" is the list of them.
            if (bySlug.GetValueOrDefault(slug) is { } article)
            {
                return article;
            }

            // A section's share page, /articles/slug/section-id.
            var slash = slug.IndexOf('/', StringComparison.Ordinal);
            sharedSection = slash > 0 ? slug[(slash + 1)..] : null;
            return slash > 0 ? bySlug.GetValueOrDefault(slug[..slash]) : null;
        }

        if (path.StartsWith('/'))
        {
            // Another tool's path for a page: an article only if one claims it; else another page of this site (/search, /feed.xml).
            var found = byPath.GetValueOrDefault(SitePath.Normalize(path));
            checkable = found is not null;
            return found;
        }

        if (from is not null && !path.Contains('/') && !path.Contains('.'))
        {
            return bySlug.GetValueOrDefault(path.Split('?')[0]); // Relative to /articles/, where every article lives.
        }

        checkable = false;
        return null;
    }
}
