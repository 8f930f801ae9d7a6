using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Renders a resolved article block by block, so that each section's HTML is a slice of the
/// article's own HTML rather than a second rendering. Old section IDs (anchor aliases) become
/// extra link targets just before the heading they now mean. On a section's own page, a link to
/// another part of the article (<c>#id</c> outside the section) leads to the article.
/// </summary>
public static class ArticleRenderer
{
    public static (string Html, IReadOnlyList<ArticleSection> Sections) Render(
        MarkdownDocument document, IReadOnlyDictionary<string, string> anchorAliases, string fallbackSummary, string articleUrl)
    {
        var blocks = document.ToList();
        var aliasesByTarget = anchorAliases.ToLookup(a => a.Value, a => a.Key);
        string Render(Block block) =>
            block is HeadingBlock heading && heading.GetAttributes().Id is { } id && aliasesByTarget[id].Any()
                ? Rendering.ComponentHtml.Render<AnchorAliases>(("Ids", aliasesByTarget[id].Order(StringComparer.Ordinal))) + SiteMarkdown.Render(block)
                : SiteMarkdown.Render(block);
        var html = blocks.Select(Render).ToArray();

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
            var own = body.TakeWhile(b => b is not HeadingBlock).ToList(); // before its first subsection
            sections.Add(new ArticleSection(
                id,
                heading.Level,
                HeadingText(heading),
                Promoted(body, heading.Level - 1, articleUrl, Render),
                Summary(body) ?? TextExcerpt.Description(fallbackSummary),
                PlainText.Of(own),
                Headline(own)));
        }

        return (string.Concat(html), sections);
    }

    /// <summary>The first figure cited inline that is pay or a percentage: what a card for the section can show.</summary>
    private static Figures.Figure? Headline(IEnumerable<Block> blocks) =>
        Leaves(blocks).SelectMany(leaf => leaf.Inline?.Descendants<DirectiveInline>() ?? [])
            .Select(d => d.Figure)
            .FirstOrDefault(f => f is { IsHeadline: true });

    private static IEnumerable<LeafBlock> Leaves(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is LeafBlock leaf ? [leaf] : b.Descendants<LeafBlock>());

    private static string HeadingText(HeadingBlock heading) =>
        InlineText.Of(heading.Inline).Trim();

    /// <summary>
    /// The section's description: its first paragraph (else one in a list or quote, never a table
    /// cell), as whole sentences within 160 characters. A paragraph that introduces a list ("the
    /// tasks below:") is summarised with the list's first items instead of ending on its colon.
    /// </summary>
    private static string? Summary(List<Block> blocks)
    {
        var nested = blocks.OfType<ContainerBlock>().Where(c => c is not Markdig.Extensions.Tables.Table)
            .SelectMany(c => c.Descendants<ParagraphBlock>().Where(p => p.Parent is not Markdig.Extensions.Tables.TableCell));
        var paragraph = blocks.OfType<ParagraphBlock>().Concat(nested)
            .Select(p => (Block: p, Text: InlineText.Of(p.Inline).Trim()))
            .FirstOrDefault(p => p.Text.Length > 0);
        if (paragraph.Block is null)
        {
            return null;
        }

        var text = paragraph.Text;
        if (text.EndsWith(':') && Following(paragraph.Block) is ListBlock list)
        {
            var items = list.OfType<ListItemBlock>()
                .Select(i => i.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline).Trim()).FirstOrDefault(t => t.Length > 0))
                .OfType<string>();
            return TextExcerpt.ListDescription(text, items, list.Count);
        }

        return TextExcerpt.Description(text);
    }

    private static Block? Following(Block block) =>
        block.Parent is { } parent && parent.IndexOf(block) is var index and >= 0 && index + 1 < parent.Count ? parent[index + 1] : null;

    /// <summary>
    /// A section's content for its own page, where its heading is the h1: its subsections' headings
    /// move up by <paramref name="levels"/> (never above h2, so no level is skipped), in the tree,
    /// rendered, then put back for the article's own rendering.
    /// </summary>
    private static string Promoted(List<Block> blocks, int levels, string articleUrl, Func<Block, string> render)
    {
        var headings = blocks.SelectMany(b => b is HeadingBlock h ? [h] : b.Descendants<HeadingBlock>()).Select(h => (Heading: h, h.Level)).ToList();
        var here = headings.Select(h => h.Heading.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var elsewhere = Leaves(blocks).SelectMany(leaf => leaf.Inline?.Descendants<LinkInline>() ?? [])
            .Where(l => l.Url is ['#', .. var id] && !here.Contains(id) && !l.IsImage)
            .Select(l => (Link: l, l.Url)).ToList();
        headings.ForEach(h => h.Heading.Level = Math.Max(2, h.Level - levels));
        elsewhere.ForEach(l => l.Link.Url = articleUrl + l.Url);
        try
        {
            return string.Concat(blocks.Select(render));
        }
        finally
        {
            headings.ForEach(h => h.Heading.Level = h.Level);
            elsewhere.ForEach(l => l.Link.Url = l.Url);
        }
    }
}
