using System.Globalization;
using System.Text;

namespace MlEngineerSite.Bench;

/// <summary>
/// Writes a content folder of N generated articles, about 4 KB of Markdown and six sections each,
/// with the same vocabulary as the real articles, so scale runs load, render and search realistic text.
/// </summary>
public static class ContentGenerator
{
    private static readonly string[] Words =
    [
        "machine", "learning", "engineer", "model", "data", "pipeline", "python", "statistics", "deployment", "production", "salary",
        "median", "pay", "degree", "master's", "skills", "scientist", "analysis", "training", "monitoring", "features", "cloud",
        "algorithm", "regression", "classification", "neural", "network", "industry", "finance", "healthcare", "outlook", "growth",
        "career", "portfolio", "project", "software", "testing", "infrastructure", "evaluation", "accuracy", "experiment", "team",
    ];

    private static readonly string[] Headings =
        ["What the role involves", "Skills to build", "Pay and what moves it", "How to get started", "Tools of the trade", "Where the jobs are"];

    public static void Write(string folder, int count, int seed = 42)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, "articles", $"generated-{i:D5}.md"), Article(i, random));
        }
    }

    /// <summary>The text of generated article number <paramref name="i"/>: front matter, then Markdown.</summary>
    public static string Article(int i, Random random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Generated article {i}\ndescription: A generated article about {Sentence(random, 6)}\norder: {i}\nupdated: 2026-01-01\n---\n");
        text.Append(Paragraph(random)).Append("\n\n");
        foreach (var heading in Headings)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {heading} {i}\n\n").Append(Paragraph(random)).Append("\n\n")
                .Append("- ").Append(Sentence(random, 8)).Append("\n- ").Append(Sentence(random, 8)).Append("\n\n")
                .Append(Paragraph(random)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Paragraph(Random random) => string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(random, 14) + "."));

    private static string Sentence(Random random, int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }
}
