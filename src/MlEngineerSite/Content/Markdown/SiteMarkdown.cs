using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// The site's one Markdown pipeline, built once and shared (Markdig pipelines are immutable and
/// thread-safe). Raw HTML is off, and generic attributes (<c>{onclick=…}</c>) are never enabled.
/// Besides CommonMark: pipe tables (with captions), strikethrough, task lists, autolinks, and what other tools'
/// folders use: GitHub alerts, MkDocs admonitions, Obsidian wiki links, footnotes, definition lists and emoji shortcodes.
/// Heading IDs, URL filtering and data directives are applied by <see cref="ArticleResolver"/>.
/// </summary>
public static class SiteMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .Use<TableCaptionExtension>()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAlertBlocks()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseEmojiAndSmiley(enableSmileys: false)
        .Use<CalloutExtension>()
        .Use<WikiLinkExtension>()
        .Use<DirectiveExtension>()
        .DisableHtml()
        .Use<InlineBudgetExtension>() // Last: it watches every block parser added before it.
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    [ThreadStatic]
    private static ReusedRenderer? s_renderer;

    /// <summary>
    /// The HTML of one block (or a whole document). Articles are rendered block by block, so each
    /// thread keeps one renderer: building one (its object renderers and every extension's Setup)
    /// cost more than rendering a block (bench/README, "10,000 articles on one core"). Markdig's
    /// own renderer cache serves whole documents only.
    /// </summary>
    public static string Render(MarkdownObject markdown)
    {
        var renderer = s_renderer is { InUse: false } idle ? idle : new ReusedRenderer(); // A render inside a render gets its own.
        s_renderer ??= renderer;
        return renderer.RenderToString(markdown);
    }

    private sealed class ReusedRenderer : HtmlRenderer
    {
        public ReusedRenderer()
            : base(new StringWriter())
        {
            Pipeline.Setup(this);
        }

        public bool InUse { get; private set; }

        public string RenderToString(MarkdownObject markdown)
        {
            InUse = true;
            try
            {
                Render(markdown);
                return Writer.ToString()!;
            }
            finally
            {
                Reset(); // Empties the writer; the renderer starts as on a new line, with no indent.
                InUse = false;
            }
        }
    }
}
