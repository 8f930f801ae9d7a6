using BenchmarkDotNet.Attributes;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Bench;

/// <summary>
/// One article through the site's pipeline (<see cref="ArticleReader.Read"/>: front matter, parse
/// with the site's extensions, resolve IDs, links and figures, render section by section) against
/// plain Markdig turning the same Markdown body into HTML.
/// </summary>
[MemoryDiagnoser]
public class RenderArticleBenchmark
{
    private const string Generated = "generated";

    private static readonly DateOnly FileDate = new(2026, 11, 26);

    private string _text = "";
    private string _body = "";
    private FigureCatalog _figures = new([]);

    /// <summary>A <see cref="ContentGenerator"/> article (about 4 KB, six sections), or a real one from content/articles.</summary>
    [Params(Generated, "salary.md")]
    public string ArticleFile { get; set; } = Generated;

    [GlobalSetup]
    public void Setup()
    {
        if (ArticleFile == Generated)
        {
            _text = ContentGenerator.Article(0, new Random(42));
        }
        else
        {
            // The real article cites figures, so it renders with the real figure catalog.
            var folder = PipelineBenchmarks.RealContentFolder;
            _text = File.ReadAllText(Path.Combine(folder, ContentLoader.ArticlesFolder, ArticleFile));
            _figures = ContentLoader.Load(folder, new ContentLoadOptions(FileDate)).Snapshot?.Figures
                ?? throw new InvalidOperationException($"{folder} does not load");
        }

        _body = FrontMatter.Split(_text, ArticleFile, new ContentDiagnostics())!.Body;
        if (SitePipeline() is null)
        {
            throw new InvalidOperationException($"{ArticleFile} does not render");
        }
    }

    [Benchmark(Baseline = true)]
    public string PlainMarkdig() => Markdig.Markdown.ToHtml(_body, PipelineBenchmarks.PlainMarkdig);

    [Benchmark]
    public Article? SitePipeline() => ArticleReader.Read(ArticleFile, _text, FileDate, _figures, new ContentDiagnostics());
}
