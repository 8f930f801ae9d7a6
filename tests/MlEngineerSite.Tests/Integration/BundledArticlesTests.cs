using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Integration;

/// <summary>
/// The bundled articles as an editor's review would hold them: strict-clean on the day they were
/// last reviewed, every figure in the prose from the data file, and in the site's own words (no run
/// of ten words from the seed documents, no long source title repeated in the prose).
/// </summary>
public sealed partial class BundledArticlesTests
{
    /// <summary>
    /// The day the bundled figures were last reviewed. Fixed, so the suite never fails on a calendar
    /// date; when figures are refreshed, move it forward with them.
    /// </summary>
    public static readonly DateOnly ReviewedOn = new(2026, 12, 2);

    private const int ShingleWords = 10;
    private const int LongTitleWords = 6;

    private static IEnumerable<string> ArticleFiles =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public async Task CheckStrict_OnTheBundledContent_PassesOnTheDayItWasReviewed()
    {
        var (exitCode, output) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Figures__StaleAfterYears"] = ContentLoadOptions.DefaultStaleAfterYears.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "check", TestPaths.RealContent, "--strict", "--today", ReviewedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFigureOnTheSite_IsOlderThanTheStalenessLimit_OnTheDayItWasReviewed()
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.RealContent, new ContentLoadOptions(ReviewedOn));

        Assert.All(snapshot!.Figures.All, f => Assert.False(f.IsStale, $"{f.Key} ({f.Date}) would show '{Figure.StaleNote}'"));
    }

    public static TheoryData<string> Files => new(ArticleFiles.Select(f => Path.GetRelativePath(TestPaths.RealContent, f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFigureInTheProse_ComesFromTheDataFile_NotTypedIn(string file)
    {
        var typed = TypedFigures(Prose(File.ReadAllText(Path.Combine(TestPaths.RealContent, file)))).ToList();

        Assert.True(typed.Count == 0, $"{file} types figures instead of citing them with {{{{fig KEY}}}}: {string.Join(" | ", typed)}");
    }

    [Theory]
    [InlineData("Pay was $140,910 in 2024.", "$140,910")]
    [InlineData("Jobs grow 20% a decade.", "20%")]
    [InlineData("It grew 34 percent.", "34 percent")]
    [InlineData("There were 40,300 jobs.", "40,300")]
    [InlineData("About 3,200 openings a year.", "3,200")]
    [InlineData("About 900 openings a year.", "900 openings")]
    public void TypedFigureDetector_FindsEachKindOfFigure(string prose, string figure) =>
        Assert.Contains(figure, TypedFigures(prose));

    [Theory]
    [InlineData("Pay was {{fig median}}.")]
    [InlineData("Python 3.12, a 2-year master's, 10 hours, ChatGPT (30 November 2022), SOC 15-1221, `x = 50%`.")]
    [InlineData("See [the 2024 report](https://example.org/2024-20%25).")]
    public void TypedFigureDetector_LeavesDirectivesCodeYearsAndLinksAlone(string prose) =>
        Assert.Empty(TypedFigures(Prose(prose)));

    [Theory]
    [MemberData(nameof(Files))]
    public void NoRunOfTenWords_IsCopiedFromTheSeedDocuments(string file)
    {
        // The seeds are not in the repository: their ten-word runs are, as hashes (tools/copycheck writes them).
        var seeds = File.ReadAllLines(TestPaths.TestData("seed-shingles.txt")).ToHashSet(StringComparer.Ordinal);
        var copied = Shingles(Prose(File.ReadAllText(Path.Combine(TestPaths.RealContent, file)))).Where(s => seeds.Contains(Hash(s))).ToList();

        Assert.True(seeds.Count > 10_000, "the seed hashes are missing");
        Assert.True(copied.Count == 0, $"{file} repeats the seed documents word for word: \"{string.Join("\" | \"", copied.Take(5))}\"");
    }

    [Fact]
    public void SeedHashes_AreTheOnesTheCopyCheckToolMakes()
    {
        // A known run from a seed document, hashed as tools/copycheck/copycheck.py hashes it: the two must agree, or the test above checks nothing.
        var seeds = File.ReadAllLines(TestPaths.TestData("seed-shingles.txt")).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Hash("what is a machine learning engineer how to become one"), seeds);
        Assert.DoesNotContain(Hash("the site writes every sentence in its own words from facts"), seeds);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NoLongSourceTitle_IsRepeatedInTheProse(string file)
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.RealContent, new ContentLoadOptions(ReviewedOn));
        var article = snapshot!.Articles.Single(a => a.RelativePath == file.Replace('\\', '/'));
        var prose = string.Join(' ', Words(Prose(File.ReadAllText(Path.Combine(TestPaths.RealContent, file)))));
        var titles = article.Sources.Select(s => s.Title).Where(t => Words(t).Count >= LongTitleWords);

        Assert.All(titles, title => Assert.False(prose.Contains(string.Join(' ', Words(title)), StringComparison.Ordinal),
            $"{file} repeats the source title \"{title}\" in its prose: cite it by a short name"));
    }

    /// <summary>What a reader reads as the article's words: title, description and body, without directives, code, link targets or front matter keys.</summary>
    private static string Prose(string file)
    {
        var front = FrontMatterPattern().Match(file);
        var body = front.Success ? file[front.Length..] : file;
        var head = front.Success
            ? string.Join('\n', front.Groups["yaml"].Value.Split('\n').Where(l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("description:", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..]))
            : "";
        body = DirectivePattern().Replace(body, " ");
        body = CodePattern().Replace(body, " ");
        body = LinkTargetPattern().Replace(body, "]");
        return head + "\n" + body;
    }

    private static IEnumerable<string> TypedFigures(string prose) =>
        FigurePattern().Matches(prose).Select(m => m.Value.Trim());

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant().Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)).Select(m => m.Value)];

    private static IEnumerable<string> Shingles(string text)
    {
        var words = Words(text);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(ShingleWords));
        }
    }

    private static string Hash(string shingle) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shingle)))[..16];

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterPattern();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"```.*?```|`[^`\n]*`", RegexOptions.Singleline)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTargetPattern();

    // A currency amount, a percentage, a grouped count, or a count of jobs or openings.
    [GeneratedRegex(@"[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+\s+(?:jobs|openings|positions|workers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigurePattern();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
