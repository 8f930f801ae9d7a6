using System.Text;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Security;

/// <summary>
/// A fuzz target for the content pipeline (front matter + Markdown to a rendered article): random
/// documents built from hostile fragments must give either validation errors or safe HTML, never
/// an exception. CI runs a fixed budget with a fixed seed, so a failure reproduces; set
/// FUZZ_ITERATIONS and FUZZ_SEED to search longer.
/// </summary>
public sealed class ContentPipelineFuzzTests
{
    private static readonly FigureCatalog Figures = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options).Snapshot!.Figures;

    private static readonly string[] Tokens =
    [
        "#", "## ", "### ", "> ", "- ", "* ", "1. ", "_", "*", "**", "`", "```", "~~~", "|", "---", "[", "]", "(", ")", "![", "](", "<", ">", "&", "&#",
        "&#x6A;", "&colon;", "\\", "{{", "}}", "{{fig median-pay}}", "{{figures pay}}", "{{comparison}}", "{{chart pay-chart}}", "{#", "{#id}", "{.c}",
        "{onclick=x}", "javascript:", "JaVaScRiPt:", "data:", "vbscript:", "java\tscript:", "https://example.org/", "mailto:x@example.org",
        "/articles/alpha", "#getting-started", "<script>", "</script>", "<img src=x onerror=y>", "<!--", "-->", "onload=", "\"", "'", "\n", "\n\n",
        "    ", "\t", " ", "é", "😄", "\u202E", "\u0000", "\u0130", "Σ", "\uFEFF", "[x]: javascript:y", "[x][x]", "- [ ] ", "|---|", "<https://x.org>",
    ];

    private static readonly string[] FrontMatterLines =
    [
        "title: T", "description: D", "title: \"<script>x</script>\"", "description: '\" onmouseover=\"x'", "slug: fuzz", "slug: Fuzz Slug",
        "order: 1", "order: x", "updated: 2026-11-26", "updated: yesterday", "sources:\n  - title: S\n    url: javascript:x", "sources: [1, 2]",
        "aliases: [old]", "aliases: [Bad Alias]", "anchor_aliases:\n  old: getting-started", "anchor_aliases: {a: b}", "a: &a [x, x]\nb: [*a, *a]",
        "title: !!python/object:os.system x", "title: [unclosed", "? complex\n: key", "title: |\n  multi\n  line", "%YAML 1.1", "--- x", "title:",
    ];

    [Fact]
    public void RandomDocuments_GiveErrorsOrSafeHtml_NeverAnException()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261126;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 1500;
        var random = new Random(seed);
        var rendered = 0;

        for (var i = 0; i < iterations; i++)
        {
            var document = Generate(random);
            Article? article;
            try
            {
                article = ArticleReader.Read("articles/fuzz.md", document, new DateOnly(2025, 1, 1), Figures, new ContentDiagnostics());
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i} (seed {seed}) threw {e.GetType().Name}: {e.Message}\n--- input ---\n{document}");
                return;
            }

            if (article is not null)
            {
                rendered++;
                var context = $"iteration {i} (seed {seed}), input:\n{document}\n---";
                HtmlSafety.AssertSafe(Html.Parse(article.Html), context);
                foreach (var section in article.Sections)
                {
                    HtmlSafety.AssertSafe(Html.Parse(section.Html), $"{context} section {section.Id}");
                }
            }
        }

        // The generator must reach the renderer often, or the target tests only the front-matter checks.
        Assert.True(rendered > iterations / 4, $"only {rendered} of {iterations} documents rendered");
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) > 0)
        {
            text.Append("---\n");
            var lines = random.Next(6) == 0
                ? Enumerable.Range(0, random.Next(1, 5)).Select(_ => FrontMatterLines[random.Next(FrontMatterLines.Length)])
                : ["title: T", "description: D", .. Enumerable.Range(0, random.Next(3)).Select(_ => FrontMatterLines[random.Next(8, FrontMatterLines.Length)])];
            foreach (var line in lines.Distinct())
            {
                text.Append(line).Append('\n');
            }

            text.Append("---\n");
        }

        var length = random.Next(1, 80);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(8) == 0
                ? HostileContentTests.HostileMarkdown[random.Next(HostileContentTests.HostileMarkdown.Length)]
                : Tokens[random.Next(Tokens.Length)]);
            if (random.Next(4) == 0)
            {
                text.Append("word ");
            }
        }

        return text.ToString();
    }
}
