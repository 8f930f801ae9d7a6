using BenchmarkDotNet.Attributes;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Bench;

/// <summary>
/// Every heading of the real articles (about 95, one slugger per article, as pages are rendered)
/// through <see cref="HeadingSlugger"/>, against the least a slug costs: lower case, spaces to
/// hyphens. The ratio is the price of matching github-slugger (JavaScript lower case, a Unicode
/// range lookup per character to drop punctuation, numbering repeats).
/// </summary>
[MemoryDiagnoser]
public class HeadingSluggerBenchmark
{
    private string[][] _headingsByArticle = [];

    [GlobalSetup]
    public void Setup() =>
        _headingsByArticle = [.. Directory.GetFiles(Path.Combine(PipelineBenchmarks.RealContentFolder, ContentLoader.ArticlesFolder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(file => File.ReadLines(file).Where(line => line.StartsWith('#')).Select(line => line.TrimStart('#').Trim()).ToArray())];

    [Benchmark(Baseline = true)]
    public int LowerCaseAndHyphens()
    {
        var length = 0;
        foreach (var headings in _headingsByArticle)
        {
            foreach (var heading in headings)
            {
                length += heading.ToLowerInvariant().Replace(' ', '-').Length;
            }
        }

        return length;
    }

    [Benchmark]
    public int SiteSlugger()
    {
        var length = 0;
        foreach (var headings in _headingsByArticle)
        {
            var slugger = new HeadingSlugger();
            foreach (var heading in headings)
            {
                length += slugger.Slug(heading).Length;
            }
        }

        return length;
    }
}
