using MlEngineerSite.Figures;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Content;

/// <summary>
/// Loads a content folder into a <see cref="ContentSnapshot"/>: data files first, then every
/// <c>articles/*.md</c>, then the checks that need all of them (duplicate slugs, internal links).
/// </summary>
public static class ContentLoader
{
    public const string ArticlesFolder = "articles";

    public static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(string folder, ContentLoadOptions? options = null)
    {
        options ??= ContentLoadOptions.Now();
        var diagnostics = new ContentDiagnostics();
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(".", 1, 1, "the content folder does not exist (set Content__Path to a folder with an articles/ folder)");
            return (null, diagnostics.Sorted());
        }

        using var files = new ContentFiles(folder, options.MaxFileBytes, diagnostics);
        var figures = LoadFigures(folder, options, diagnostics, files);
        var articles = new List<Article>();
        if (!Directory.Exists(Path.Combine(folder, ArticlesFolder)))
        {
            diagnostics.Error(ArticlesFolder, 1, 1, "the content folder has no 'articles' folder");
        }
        else
        {
            foreach (var relative in files.List(ArticlesFolder, "*.md"))
            {
                var fileDate = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(Path.Combine(folder, relative)));
                if (files.Read(relative) is { } text && ArticleReader.Read(relative, text, fileDate, figures, diagnostics) is { } article)
                {
                    articles.Add(article);
                }
            }
        }

        CheckSlugsAreUnique(articles, diagnostics);
        LinkChecker.Check(articles, diagnostics);
        PublishedAnchorRegister.Check(folder, articles, diagnostics, files.Read);
        var problems = diagnostics.Sorted();
        if (diagnostics.HasErrors)
        {
            return (null, problems);
        }

        return (new ContentSnapshot(articles, figures, files.Version(), new DateTimeOffset(files.NewestWrite, TimeSpan.Zero)), problems);
    }

    private static FigureCatalog LoadFigures(string folder, ContentLoadOptions options, ContentDiagnostics diagnostics, ContentFiles files)
    {
        ComparisonTable? comparison = null;
        if (File.Exists(Path.Combine(folder, ComparisonFileReader.RelativePath)) && files.Read(ComparisonFileReader.RelativePath) is { } comparisonText)
        {
            comparison = ComparisonFileReader.Read(comparisonText, diagnostics);
        }

        return File.Exists(Path.Combine(folder, FiguresFileReader.RelativePath)) && files.Read(FiguresFileReader.RelativePath) is { } figuresText
            ? FiguresFileReader.Read(figuresText, comparison, options, diagnostics)
            : new FigureCatalog([]) { Comparison = comparison };
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
