using BenchmarkDotNet.Attributes;
using MlEngineerSite.Cards;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Bench;

/// <summary>
/// Drawing one link-preview card (SkiaSharp, 1200×630 PNG) against rendering the article it
/// previews through the site's pipeline: how much a card costs next to a page. Each is drawn once
/// per content version and then served from the response cache, so this is a first-request cost.
/// </summary>
[MemoryDiagnoser]
public class CardRenderBenchmark
{
    private static readonly DateOnly FileDate = new(2026, 11, 26);

    private string _text = "";
    private FigureCatalog _figures = new([]);
    private Card _section = null!;
    private Card _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = PipelineBenchmarks.RealContentFolder;
        var snapshot = ContentLoader.Load(folder, new ContentLoadOptions(FileDate)).Snapshot ?? throw new InvalidOperationException($"{folder} does not load");
        var salary = snapshot.BySlug["salary"];
        _text = File.ReadAllText(Path.Combine(folder, ContentLoader.ArticlesFolder, "salary.md"));
        _figures = snapshot.Figures;
        _section = CardFactory.For(salary.SectionUrl(salary.Sections[0]), snapshot, new SiteOptions())!;
        _article = CardFactory.For(salary.Url, snapshot, new SiteOptions())!;
        if (_section.Figure is null)
        {
            throw new InvalidOperationException("the salary page's first section should have a headline figure");
        }
    }

    [Benchmark(Baseline = true)]
    public Article? RenderTheArticle() => ArticleReader.Read("salary.md", _text, FileDate, _figures, new ContentDiagnostics());

    [Benchmark]
    public byte[] DrawASectionCard() => CardRenderer.Render(_section);

    [Benchmark]
    public byte[] DrawAnArticleCard() => CardRenderer.Render(_article);
}
