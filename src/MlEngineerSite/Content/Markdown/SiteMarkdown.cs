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

    public static string Render(MarkdownObject markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }
}
