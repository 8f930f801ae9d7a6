using BenchmarkDotNet.Attributes;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;
using MlEngineerSite.Search;

namespace MlEngineerSite.Bench;

/// <summary>
/// <see cref="ContentLoader.Load(string, ContentLoadOptions?, ArticleMemo?)"/> of a generated folder against a minimal loader (read each file,
/// plain Markdig to HTML), then the loader's main steps one at a time to show where the time goes:
/// reading and rendering the articles, checking internal links, building the search index.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBuildBenchmark
{
    private static readonly ContentLoadOptions Options = new(new DateOnly(2026, 11, 26));

    private string _folder = "";
    private string[] _files = [];
    private IReadOnlyList<Article> _articles = [];

    [Params(100, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"mlsite-pipeline-{Articles}-{Guid.NewGuid():N}");
        ContentGenerator.Write(_folder, Articles);
        _files = [.. Directory.GetFiles(Path.Combine(_folder, ContentLoader.ArticlesFolder)).Order(StringComparer.Ordinal)];
        _articles = LoadSnapshot().Articles;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int ReadFilesAndPlainMarkdig()
    {
        var length = 0;
        foreach (var file in _files)
        {
            length += Markdig.Markdown.ToHtml(File.ReadAllText(file), PipelineBenchmarks.PlainMarkdig).Length;
        }

        return length;
    }

    [Benchmark]
    public ContentSnapshot LoadSnapshot() =>
        ContentLoader.Load(_folder, Options).Snapshot ?? throw new InvalidOperationException($"{_folder} does not load");

    /// <summary>Step 1 of the loader: read each file and render it (front matter, Markdown, sections).</summary>
    [Benchmark]
    public int ReadArticles()
    {
        var diagnostics = new ContentDiagnostics();
        var figures = new FigureCatalog([]);
        return _files.Count(file => ArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file), Options.Today, figures, diagnostics) is not null);
    }

    /// <summary>Step 2: every internal link and #fragment has a target (generated articles have none, so this is the walk alone).</summary>
    [Benchmark]
    public int CheckLinks()
    {
        var diagnostics = new ContentDiagnostics();
        LinkChecker.Check(_articles, diagnostics);
        return diagnostics.Problems.Count;
    }

    /// <summary>Step 3: the Lucene index the snapshot builds of every section.</summary>
    [Benchmark]
    public SearchIndex BuildSearchIndex() => SearchIndex.Build(_articles);
}
