using System.Diagnostics;
using System.Globalization;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Search;

namespace MlEngineerSite.Bench;

/// <summary>
/// Search latency at 100, 1,000 and 10,000 generated articles. The reference, measured in the same
/// run on the same sections, is a plain scan that counts each query word in every section: what
/// search would cost without an index. Reports median and 95th-percentile latency for both.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries =
    [
        "salary", "median pay", "python statistics", "master's degree", "neural network training", "cloud infrastructure",
        "how do I become a machine learning engineer", "deployment monitoring", "engineers", "pyton", "data scientist skills", "growth outlook",
    ];

    public static void Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine("| articles | sections | load (s) | search median (ms) | search p95 (ms) | scan median (ms) | search / scan |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"mlsite-bench-{size}-{Guid.NewGuid():N}");
            try
            {
                ContentGenerator.Write(folder, size);
                var clock = Stopwatch.StartNew();
                var (snapshot, problems) = ContentLoader.Load(folder);
                if (snapshot is null)
                {
                    throw new InvalidOperationException(string.Join("\n", problems));
                }

                var index = SearchIndex.Build(snapshot.Articles); // Load and index, as a server does before its first search.
                var load = clock.Elapsed.TotalSeconds;

                var sections = snapshot.Articles.SelectMany(a => a.Sections.Select(s => s.Html.ToLowerInvariant())).ToArray();
                var search = Measure(query => index.Search(query).Count);
                var scan = Measure(query => Scan(sections, query));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {sections.Length:N0} | {load:F1} | {Median(search):F2} | {Percentile(search, 0.95):F2} | {Median(scan):F2} | {Median(search) / Median(scan):F3} |"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static List<double> Measure(Func<string, int> run)
    {
        foreach (var query in Queries)
        {
            run(query); // Warm-up.
        }

        var timings = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            foreach (var query in Queries)
            {
                var clock = Stopwatch.StartNew();
                run(query);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    private static int Scan(string[] sections, string query)
    {
        var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return sections.Count(s => words.Any(w => s.Contains(w, StringComparison.Ordinal)));
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
