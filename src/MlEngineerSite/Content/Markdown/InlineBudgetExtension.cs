using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// A work budget per block. Markdig's link and autolink parsers take time quadratic in the number
/// of links, brackets and web addresses in one paragraph (or one table, which is a paragraph while
/// it is parsed): 40,000 <c>[a](b</c> in a row took 17 s, 40,000 <c>www.a.com</c> 8.7 s (bench/README,
/// "Pathological Markdown"). A block with more than <see cref="MaxLinkStarts"/> of them is not parsed
/// for inline content and is reported as a content error, so one hostile file cannot stall a reload.
/// Real paragraphs hold a few dozen links at most. Such a paragraph is also not searched for link
/// reference definitions, which Markdig reads in time quadratic in their number (80,000 took 14 s).
/// </summary>
public sealed class InlineBudgetExtension : IMarkdownExtension
{
    public const int MaxLinkStarts = 1000;

    private static readonly object RefusedKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<BudgetedParagraphBlockParser>())
        {
            pipeline.BlockParsers.Replace<ParagraphBlockParser>(new BudgetedParagraphBlockParser());
        }

        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= Check;
            parser.Closed += Check;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The blocks whose inline content was not parsed, with how many link starts each had.</summary>
    public static IReadOnlyList<(LeafBlock Block, int LinkStarts)> Refused(MarkdownDocument document) =>
        document.GetData(RefusedKey) as List<(LeafBlock, int)> ?? [];

    private static void Check(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf)
        {
            return;
        }

        var count = LinkStarts(leaf);
        if (count <= MaxLinkStarts)
        {
            return;
        }

        leaf.ProcessInlines = false;
        if (processor.Document.GetData(RefusedKey) is not List<(LeafBlock, int)> refused)
        {
            refused = [];
            processor.Document.SetData(RefusedKey, refused);
        }

        refused.Add((leaf, count));
    }

    /// <summary>Brackets (links, images, references) and the starts of web addresses that autolinks look for.</summary>
    private static int LinkStarts(LeafBlock leaf)
    {
        var count = 0;
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            var text = slice.Text.AsSpan(slice.Start, Math.Max(0, slice.Length));
            count += text.Count('[') + text.Count("www.") + text.Count("://") + text.Count("mailto:");
        }

        return count;
    }

    /// <summary>Markdig's paragraph parser, except that a paragraph over the budget keeps its lines unread for link reference definitions.</summary>
    private sealed class BudgetedParagraphBlockParser : ParagraphBlockParser
    {
        public override bool Close(BlockProcessor processor, Block block) =>
            block is LeafBlock leaf && LinkStarts(leaf) > MaxLinkStarts || base.Close(processor, block);
    }
}
