using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Renders a resolved article block by block, so that each section's HTML is a slice of the
/// article's own HTML rather than a second rendering. Old section IDs (anchor aliases) become
/// extra link targets just before the heading they now mean.
/// </summary>
public static partial class ArticleRenderer
{
    private const int SummaryLength = 200;

    public static (string Html, IReadOnlyList<ArticleSection> Sections) Render(
        MarkdownDocument document, IReadOnlyDictionary<string, string> anchorAliases, string fallbackSummary)
    {
        var blocks = document.ToList();
        var html = new string[blocks.Count];
        var aliasesByTarget = anchorAliases.ToLookup(a => a.Value, a => a.Key);
        for (var i = 0; i < blocks.Count; i++)
        {
            html[i] = SiteMarkdown.Render(blocks[i]);
            if (blocks[i] is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                html[i] = Rendering.ComponentHtml.Render<AnchorAliases>(("Ids", aliasesByTarget[id].Order(StringComparer.Ordinal))) + html[i];
            }
        }

        var sections = new List<ArticleSection>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: >= 2 and <= 4 } heading || heading.GetAttributes().Id is not { } id)
            {
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && !(blocks[end] is HeadingBlock next && next.Level <= heading.Level))
            {
                end++;
            }

            var body = blocks.Skip(i + 1).Take(end - i - 1).ToList();
            sections.Add(new ArticleSection(
                id,
                heading.Level,
                HeadingText(heading),
                PromoteHeadings(string.Concat(html.Skip(i + 1).Take(end - i - 1)), heading.Level - 1),
                Summary(body) ?? Shorten(fallbackSummary)));
        }

        return (string.Concat(html), sections);
    }

    private static string HeadingText(HeadingBlock heading) =>
        InlineText.Of(heading.Inline).Trim();

    /// <summary>
    /// The first paragraph as plain text, cut at a word to about 200 characters: a paragraph of the
    /// section itself, else one in a list or quote (never a table cell, which is a paragraph too).
    /// </summary>
    private static string? Summary(List<Block> blocks)
    {
        var nested = blocks.OfType<ContainerBlock>().Where(c => c is not Markdig.Extensions.Tables.Table)
            .SelectMany(c => c.Descendants<ParagraphBlock>().Where(p => p.Parent is not Markdig.Extensions.Tables.TableCell));
        var paragraph = blocks.OfType<ParagraphBlock>().Concat(nested)
            .Select(p => InlineText.Of(p.Inline).Trim())
            .FirstOrDefault(text => text.Length > 0);
        return paragraph is null ? null : Shorten(paragraph);
    }

    /// <summary>
    /// On a section's own page its heading is the h1, so its subsections move up to start at h2
    /// (no level is skipped). Raw HTML is off, so every heading tag here is one Markdig wrote.
    /// </summary>
    private static string PromoteHeadings(string html, int levels) =>
        levels <= 0 ? html : HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Max(2, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - levels)}{m.Groups[3].Value}");

    public static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= SummaryLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', SummaryLength - 1);
        return collapsed[..(cut > 0 ? cut : SummaryLength - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    [System.Text.RegularExpressions.GeneratedRegex("<(/?)h([2-6])([ >])")]
    private static partial System.Text.RegularExpressions.Regex HeadingTag();
}
