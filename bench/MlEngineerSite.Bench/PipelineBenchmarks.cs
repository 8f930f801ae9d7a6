using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Markdig;

namespace MlEngineerSite.Bench;

/// <summary>
/// The <c>pipeline</c> command: BenchmarkDotNet runs of the content pipeline (one article's
/// rendering, the heading slugger, a snapshot build, a link-preview card), each against a baseline in the same run.
/// A short job (one process per benchmark, 3 warm-ups, 7 measured iterations) keeps the whole run
/// to a few minutes on 2 cores; BenchmarkDotNet's ShortRun measures only 3, too few on a shared machine.
/// </summary>
public static class PipelineBenchmarks
{
    /// <summary>Markdig with no extensions: the least any Markdown site pays, the baseline of the rendering benchmarks.</summary>
    public static MarkdownPipeline PlainMarkdig { get; } = new MarkdownPipelineBuilder().Build();

    /// <summary>The repository's own content folder, found upward from wherever BenchmarkDotNet starts the benchmark process.</summary>
    public static string RealContentFolder { get; } = FindRealContentFolder();

    /// <summary>Runs every pipeline benchmark, or those BenchmarkDotNet's own arguments select (<c>--filter *Slug*</c>).</summary>
    public static void Run(string[] args)
    {
        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(7).WithId("Short");
        var config = DefaultConfig.Instance.AddJob(job);
        BenchmarkSwitcher.FromTypes([typeof(RenderArticleBenchmark), typeof(HeadingSluggerBenchmark), typeof(SnapshotBuildBenchmark), typeof(CardRenderBenchmark)])
            .Run(args.Length > 0 ? args : ["--filter", "*"], config);
    }

    private static string FindRealContentFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MlEngineerSite.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new DirectoryNotFoundException($"no MlEngineerSite.sln above {AppContext.BaseDirectory}");
    }
}
