using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// A caption for every Markdown table, so a screen reader says what a table is before reading it:
/// Pandoc's caption syntax (a paragraph starting "Table:" just before or after the table; Pandoc's
/// short form, ":", is a definition list here)
/// gives a visible one; without it, the heading of the section the table is in (else the page
/// title) gives one that only assistive technology reads. Markdig's pipe tables have no caption,
/// so its table renderer is wrapped to write one after the opening tag.
/// </summary>
public sealed class TableCaptionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new CaptionedTableRenderer(tables));
        }
    }

    /// <summary>Gives the table its caption: the Pandoc caption paragraph next to it (which is removed), else the section's heading.</summary>
    public static void Caption(Table table, string pageTitle)
    {
        if (PandocCaption(table) is { } written)
        {
            written.Paragraph.Parent!.Remove(written.Paragraph);
            table.SetData(typeof(TableCaption), new TableCaption(written.Text, Visible: true));
            return;
        }

        table.SetData(typeof(TableCaption), new TableCaption(SectionHeading(table) ?? pageTitle, Visible: false));
    }

    private static (ParagraphBlock Paragraph, string Text)? PandocCaption(Table table)
    {
        var parent = table.Parent!;
        var index = parent.IndexOf(table);
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            if (neighbour >= 0 && neighbour < parent.Count && parent[neighbour] is ParagraphBlock paragraph)
            {
                var text = InlineText.Of(paragraph.Inline).Trim();
                var caption = text.StartsWith("Table:", StringComparison.OrdinalIgnoreCase) ? text[6..] : null;
                if (caption?.Trim() is { Length: > 0 } given)
                {
                    return (paragraph, given);
                }
            }
        }

        return null;
    }

    /// <summary>The text of the last heading before the table, at the top level of the document.</summary>
    private static string? SectionHeading(Block table)
    {
        var top = table;
        while (top.Parent is { } parent and not MarkdownDocument)
        {
            top = parent;
        }

        if (top.Parent is not MarkdownDocument document)
        {
            return null;
        }

        for (var i = document.IndexOf(top) - 1; i >= 0; i--)
        {
            if (document[i] is HeadingBlock heading)
            {
                return InlineText.Of(heading.Inline).Trim();
            }
        }

        return null;
    }

    private sealed class CaptionedTableRenderer(HtmlTableRenderer tables) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (table.GetData(typeof(TableCaption)) is not TableCaption caption)
            {
                ((IMarkdownObjectRenderer)tables).Write(renderer, table);
                return;
            }

            // Markdig writes the whole table at once; the caption goes right after its opening tag (whose attribute values it encodes, so the first '>' ends it).
            var writer = renderer.Writer;
            using var buffer = new StringWriter();
            renderer.Writer = buffer;
            try
            {
                ((IMarkdownObjectRenderer)tables).Write(renderer, table);
            }
            finally
            {
                renderer.Writer = writer;
            }

            var html = buffer.ToString();
            var openingTag = html.IndexOf('>', StringComparison.Ordinal) + 1;
            renderer.Write(html.AsSpan(0, openingTag));
            renderer.Write(caption.Visible ? "<caption>" : "<caption class=\"visually-hidden\">");
            renderer.WriteEscape(caption.Text);
            renderer.Write("</caption>");
            renderer.Write(html.AsSpan(openingTag));
        }
    }
}

/// <summary>A Markdown table's caption, and whether the page shows it (else only assistive technology reads it).</summary>
public sealed record TableCaption(string Text, bool Visible);
