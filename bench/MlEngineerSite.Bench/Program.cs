using MlEngineerSite.Bench;

// dotnet run -c Release --project bench/MlEngineerSite.Bench -- search [SIZES]     (default 100,1000,10000)
// dotnet run -c Release --project bench/MlEngineerSite.Bench -- generate N DIR     (a content folder of N articles)
// dotnet run -c Release --project bench/MlEngineerSite.Bench -- pipeline [BenchmarkDotNet arguments, e.g. --filter *Slug*]
switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 3 && int.TryParse(args[1], out var count):
        ContentGenerator.Write(args[2], count);
        Console.WriteLine($"{args[2]}: {count} articles");
        return 0;
    case "search":
        var sizes = args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToList() : [100, 1000, 10000];
        SearchBenchmark.Run(sizes, Console.Out);
        return 0;
    case "pipeline":
        PipelineBenchmarks.Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: search [100,1000,10000] | generate N DIR | pipeline [--filter PATTERN]");
        return 2;
}
