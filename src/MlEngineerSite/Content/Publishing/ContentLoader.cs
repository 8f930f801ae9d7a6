using MlEngineerSite.Branding;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Parts;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Reading;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Content.Publishing;

/// <summary>
/// Loads a content folder into a <see cref="ContentSnapshot"/>: data files first, then every
/// <c>articles/*.md</c>, then the checks that need all of them (duplicate slugs, internal links).
/// </summary>
public static class ContentLoader
{
    public const string ArticlesFolder = "articles";

    /// <summary>Pages that are not articles (About, Contact): optional.</summary>
    public const string PagesFolder = "pages";

    /// <param name="folder">The content folder.</param>
    /// <param name="options">Today's date and limits; default: now, with the default settings.</param>
    /// <param name="memo">The articles of the previous load, kept by a server between reloads so only changed files are rendered.</param>
    public static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(
        string folder, ContentLoadOptions? options = null, ArticleMemo? memo = null) =>
        Load(ContentTree.Walk(folder), options, memo);

    /// <summary>Loads the files of a walk of the folder (the reloader compares it with a walk after the load).</summary>
    public static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(
        ContentTree tree, ContentLoadOptions? options = null, ArticleMemo? memo = null)
    {
        memo ??= new ArticleMemo();
        options ??= ContentLoadOptions.Current();
        var diagnostics = new ContentDiagnostics();
        if (!tree.Exists)
        {
            diagnostics.Error(".", 1, 1, "the content folder does not exist (set Content__Path to a folder with an articles/ folder)");
            return (null, diagnostics.Sorted());
        }

        diagnostics.AddRange(tree.Problems);
        using var files = new ContentFiles(tree, options.MaxFileBytes, diagnostics);
        var brand = BrandFileReader.Read(files, options.Site, diagnostics);
        using var language = brand.Language.Use(); // Pages render their words, dates and figures in the site's language.
        var (figures, figuresKey) = LoadFigures(options, diagnostics, files);
        figuresKey += "|" + brand.Language.Tag;
        var articles = new List<Article>();
        var texts = new Dictionary<string, (string Text, DateOnly Date)>(StringComparer.Ordinal);
        if (!tree.HasFolder(ArticlesFolder))
        {
            diagnostics.Error(ArticlesFolder, 1, 1, "the content folder has no 'articles' folder");
        }
        else
        {
            var read = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (relative, text, fileDate) in MarkdownFiles(tree, ArticlesFolder, files, diagnostics, texts))
            {
                if (text is not null && memo.Read(relative, text, files.HashOf(relative), fileDate, figures, figuresKey, diagnostics, options.Preview) is { } article)
                {
                    articles.Add(article);
                }

                read.Add(relative);
            }

            memo.KeepOnly(read);
        }

        var pages = ReadPages(tree, files, figures, diagnostics, options, texts);
        var unlistedPages = pages.Where(p => !p.IsLiveAt(options.Moment)).ToList();
        if (!options.Preview)
        {
            pages.RemoveAll(unlistedPages.Contains);
        }

        // Slugs and old paths are checked across the articles not live yet (or any more) as well: an
        // article scheduled for next week must not find its address taken when it goes live.
        CheckSlugsAreUnique(articles, diagnostics);
        CheckPathAliasesAreUnique(articles, diagnostics);
        var now = options.Moment;
        var unlisted = articles.Where(a => !a.IsLiveAt(now)).ToList();
        if (!options.Preview)
        {
            articles.RemoveAll(unlisted.Contains);
        }

        var figuresArticle = ContentSnapshot.FiguresArticleOf(articles, figures);
        if (figuresArticle is not null)
        {
            articles[articles.IndexOf(figuresArticle)] = ArticleParts.WithFigureParts(figuresArticle, figures, diagnostics);
        }

        foreach (var (article, fixes) in LinkChecker.Check(articles, diagnostics, unlisted, now, options.Preview, pages, (brand.Navigation ?? []).Concat(brand.Footer.Links)))
        {
            // Read again with its links mended: its problems were reported on the first reading.
            var (text, fileDate) = texts[article.RelativePath];
            if (article.IsPage)
            {
                pages[pages.IndexOf(article)] = ReadPage(article.RelativePath, text, fileDate, figures, new ContentDiagnostics(), fixes, options.Preview)!;
                continue;
            }

            var mended = ReadArticle(article.RelativePath, text, fileDate, figures, new ContentDiagnostics(), fixes, options.Preview)!;
            articles[articles.IndexOf(article)] = article.Slug == figuresArticle?.Slug ? ArticleParts.WithFigureParts(mended, figures, new ContentDiagnostics()) : mended;
        }

        // An expired article's registered addresses are still its own (its file is there); they are
        // not an error. The registers gain only what is live (the anchors command).
        // (In preview the articles hold the unlisted ones already, some read again with mended links.)
        List<Article> registered = options.Preview ? [.. articles] : [.. articles, .. unlisted];
        var unlistedSlugs = unlisted.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        PublishedAnchorRegister.Check(registered, diagnostics, files);
        foreach (var (article, published) in PublishedArticleRegister.Check(registered, diagnostics, files).Where(d => d.Key.Published is null && !unlistedSlugs.Contains(d.Key.Slug)))
        {
            articles[articles.IndexOf(article)] = article with { Published = published }; // Front matter's own date wins.
        }

        CheckOccupationPage(figures, articles, diagnostics);
        diagnostics.OncePerKind("unknown key");
        if (options.Strict)
        {
            diagnostics.MakeStrict();
        }

        var problems = diagnostics.Sorted();
        if (diagnostics.HasErrors)
        {
            return (null, problems);
        }

        return (new ContentSnapshot(articles, figures, VersionOf(files.Version(), [.. unlisted, .. unlistedPages]), new DateTimeOffset(files.NewestWrite, TimeSpan.Zero))
        {
            NextScheduledChange = NextChange([.. registered, .. pages, .. unlistedPages], now),
            Brand = brand,
            Pages = pages,
        }, problems);
    }

    /// <summary>
    /// The pages of pages/: read like articles (the same Markdown, figures and checks), without the
    /// parts an article adds (contents, sources) and not in the registers; a slug names one page.
    /// All of them: the caller keeps only the live ones, unless in preview.
    /// </summary>
    private static List<Article> ReadPages(ContentTree tree, ContentFiles files, FigureCatalog figures, ContentDiagnostics diagnostics, ContentLoadOptions options, Dictionary<string, (string Text, DateOnly Date)> texts)
    {
        var pages = new List<Article>();
        if (!tree.HasFolder(PagesFolder))
        {
            return pages;
        }

        foreach (var (relative, text, fileDate) in MarkdownFiles(tree, PagesFolder, files, diagnostics, texts))
        {
            if (text is not null && ReadPage(relative, text, fileDate, figures, diagnostics, null, options.Preview) is { } page)
            {
                pages.Add(page);
                if (page.Aliases.Count > 0 || page.PathAliases.Count > 0 || page.AnchorAliases.Count > 0)
                {
                    diagnostics.Warning(relative, 1, 1, "a page's old addresses (aliases, permalink, anchor_aliases) are not redirected: only articles' are", kind: "alias on a page");
                }
            }
        }

        foreach (var group in pages.GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.RelativePath, 1, 1, $"the page slug '{duplicate.Slug}' is already {group.First().RelativePath}'s (/pages/{duplicate.Slug}): rename the file or set 'slug:'");
            }
        }

        return pages;
    }

    /// <summary>
    /// Every Markdown file of a folder (articles/, pages/) with its text, or null when it could not be
    /// read (the problem is reported), kept in <paramref name="texts"/> for a second reading with mended
    /// links; any other file is a warning.
    /// </summary>
    private static IEnumerable<(string RelativePath, string? Text, DateOnly FileDate)> MarkdownFiles(
        ContentTree tree, string folder, ContentFiles files, ContentDiagnostics diagnostics, Dictionary<string, (string Text, DateOnly Date)> texts)
    {
        foreach (var entry in tree.In(folder, recursive: true))
        {
            var relative = entry.RelativePath;
            if (!IsMarkdown(relative))
            {
                diagnostics.Warning(relative, 1, 1, "this is not a Markdown file (.md or .markdown), so it is not a page of its own", kind: $"file in {folder}/ that is not Markdown");
                continue;
            }

            var fileDate = DateOnly.FromDateTime(entry.LastWriteUtc);
            var text = files.Read(relative);
            if (text is not null)
            {
                texts[relative] = (text, fileDate);
            }

            yield return (relative, text, fileDate);
        }
    }

    private static Article? ReadPage(string relativePath, string text, DateOnly fileDate, FigureCatalog figures, ContentDiagnostics diagnostics, LinkFixes? linkFixes, bool includeDrafts) =>
        ArticleReader.Read(relativePath, text, fileDate, figures, diagnostics, linkFixes, includeDrafts) is { } page ? page with { IsPage = true } : null;

    /// <summary>One article file, with the parts its page adds around the text (<see cref="ArticleParts"/>).</summary>
    internal static Article? ReadArticle(
        string relativePath, string text, DateOnly fileDate, FigureCatalog figures, ContentDiagnostics diagnostics, LinkFixes? linkFixes = null, bool includeDrafts = false) =>
        ArticleReader.Read(relativePath, text, fileDate, figures, diagnostics, linkFixes, includeDrafts) is { } article ? ArticleParts.WithOwnParts(article, diagnostics) : null;

    /// <summary>The figures and comparison table, and a key that changes whenever anything an article renders from them could.</summary>
    private static (FigureCatalog Figures, string Key) LoadFigures(ContentLoadOptions options, ContentDiagnostics diagnostics, ContentFiles files)
    {
        ComparisonTable? comparison = null;
        var comparisonText = files.Exists(ComparisonFileReader.RelativePath) ? files.Read(ComparisonFileReader.RelativePath) : null;
        if (comparisonText is not null)
        {
            comparison = ComparisonFileReader.Read(comparisonText, diagnostics);
        }

        var figuresText = files.Exists(FiguresFileReader.RelativePath) ? files.Read(FiguresFileReader.RelativePath) : null;
        var figures = figuresText is not null
            ? FiguresFileReader.Read(figuresText, comparison, options.FigureAge, diagnostics)
            : new FigureCatalog([]) { Comparison = comparison };
        var key = $"{options.RenderKey()}|{files.HashOf(ComparisonFileReader.RelativePath)}|{files.HashOf(FiguresFileReader.RelativePath)}";
        return (figures, key);
    }

    /// <summary>
    /// The files' hash, and which articles are not live: the same files publish a new version when a
    /// scheduled article goes live, so caches and ETags move on with it.
    /// </summary>
    private static string VersionOf(string filesVersion, IReadOnlyList<Article> unlisted) =>
        unlisted.Count == 0
            ? filesVersion
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(filesVersion + "|" + string.Join(',', unlisted.Select(a => a.Url).Order(StringComparer.Ordinal)))))[..16];

    /// <summary>The next moment after <paramref name="now"/> at which an article goes live or is taken down.</summary>
    private static DateTimeOffset? NextChange(IEnumerable<Article> articles, DateTimeOffset now) =>
        articles.SelectMany(a => new[] { a.PublishAt, a.ExpiresAt }).Where(m => m > now).Min();

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The article named to show the occupation at a glance must exist; without it the site falls back to the article that cites the most figures.</summary>
    private static void CheckOccupationPage(FigureCatalog figures, List<Article> articles, ContentDiagnostics diagnostics)
    {
        if (figures.Occupation is { Page: { } page } occupation && !articles.Any(a => string.Equals(a.Slug, page, StringComparison.Ordinal)))
        {
            diagnostics.CheckError(FigureCatalog.FiguresFile, occupation.PageLine, 1,
                $"the occupation's page '{page}' is not an article's slug: the article citing the most figures shows it instead", "occupation page");
        }
    }

    /// <summary>An old path may redirect to one article only.</summary>
    private static void CheckPathAliasesAreUnique(List<Article> articles, ContentDiagnostics diagnostics)
    {
        foreach (var group in articles.SelectMany(a => a.PathAliases.Distinct().Select(p => (Path: p, Article: a))).GroupBy(c => c.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.Article.RelativePath, 1, 1, $"the old path '{TextExcerpt.Quote(group.Key, 80)}' already redirects to {first.Article.RelativePath}");
            }
        }
    }

    /// <summary>Slugs and slug aliases share one space of URLs, compared without regard to case.</summary>
    private static void CheckSlugsAreUnique(List<Article> articles, ContentDiagnostics diagnostics)
    {
        var claims = articles.SelectMany(a => a.Aliases.Select(alias => (Slug: alias, Article: a, IsAlias: true)).Prepend((Slug: a.Slug, Article: a, IsAlias: false)));
        foreach (var group in claims.GroupBy(c => c.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                var what = duplicate.IsAlias ? "alias" : "slug";
                diagnostics.Error(duplicate.Article.RelativePath, 1, 1,
                    $"{what} '{duplicate.Slug}' is already used by {first.Article.RelativePath}");
            }
        }
    }
}
