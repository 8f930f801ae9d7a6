using System.Security.Cryptography;
using System.Text;
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

        var hash = new ContentHash();
        var figures = LoadFigures(folder, options, diagnostics, hash);
        var articles = new List<Article>();
        var articlesFolder = Path.Combine(folder, ArticlesFolder);
        if (!Directory.Exists(articlesFolder))
        {
            diagnostics.Error(ArticlesFolder, 1, 1, "the content folder has no 'articles' folder");
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(articlesFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var relative = $"{ArticlesFolder}/{Path.GetFileName(file)}";
                var text = hash.Read(relative, file);
                var fileDate = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(file));
                if (ArticleReader.Read(relative, text, fileDate, figures, diagnostics) is { } article)
                {
                    articles.Add(article);
                }
            }
        }

        CheckSlugsAreUnique(articles, diagnostics);
        LinkChecker.Check(articles, diagnostics);
        PublishedAnchorRegister.Check(folder, articles, diagnostics, hash.Read);
        var problems = diagnostics.Sorted();
        if (diagnostics.HasErrors)
        {
            return (null, problems);
        }

        return (new ContentSnapshot(articles, figures, hash.Finish(), problems), problems);
    }

    private static FigureCatalog LoadFigures(string folder, ContentLoadOptions options, ContentDiagnostics diagnostics, ContentHash hash)
    {
        ComparisonTable? comparison = null;
        var comparisonFile = Path.Combine(folder, ComparisonFileReader.RelativePath);
        if (File.Exists(comparisonFile))
        {
            comparison = ComparisonFileReader.Read(hash.Read(ComparisonFileReader.RelativePath, comparisonFile), diagnostics);
        }

        var figuresFile = Path.Combine(folder, FiguresFileReader.RelativePath);
        return File.Exists(figuresFile)
            ? FiguresFileReader.Read(hash.Read(FiguresFileReader.RelativePath, figuresFile), comparison, options, diagnostics)
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

    /// <summary>Reads files and hashes their names and bytes, so the version changes with any edit.</summary>
    private sealed class ContentHash
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public string Read(string relativePath, string fullPath)
        {
            var bytes = File.ReadAllBytes(fullPath);
            _hash.AppendData(Encoding.UTF8.GetBytes(relativePath + "\n"));
            _hash.AppendData(bytes);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');
        }

        public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..16];
    }
}
