using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Obsidian's wiki links: <c>[[Note]]</c>, <c>[[Note|shown text]]</c>, <c>[[folder/Note#Heading]]</c>.
/// The note is found by its file name anywhere under articles/ once every file is read
/// (Publishing/LinkChecker); the heading by its text, as the page's heading IDs are made.
/// </summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>A link to a note by name; rendered as any link, its URL set when the note is found.</summary>
public sealed class WikiLinkInline : LinkInline
{
    /// <summary>The note as written: a file name without .md, or a path under articles/ (folder/Note).</summary>
    public required string Note { get; init; }
}

public sealed class WikiLinkParser : InlineParser
{
    private const int MaxLength = 300;

    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start + 2;
        var end = text.IndexOf("]]", start, Math.Min(MaxLength, Math.Max(0, slice.End - start + 1)), StringComparison.Ordinal);
        if (end <= start || text.AsSpan(start, end - start).IndexOfAny("\n[]") >= 0)
        {
            return false;
        }

        var body = text[start..end];
        var bar = body.IndexOf('|');
        var target = (bar < 0 ? body : body[..bar]).Trim();
        var shown = (bar < 0 ? body : body[(bar + 1)..]).Trim();
        var hash = target.IndexOf('#');
        var note = (hash < 0 ? target : target[..hash]).Trim();
        var heading = hash < 0 ? null : target[(hash + 1)..].Trim();
        if (heading is { Length: > 0 } && heading[0] == '^')
        {
            heading = null; // A block reference: Obsidian's own, with no heading to land on.
        }

        var fragment = heading is { Length: > 0 } ? "#" + HeadingSlugger.ToSlug(heading) : "";
        var line = processor.GetSourcePosition(slice.Start, out var lineIndex, out var column);
        var link = new WikiLinkInline
        {
            Note = note,
            Url = (note.Length == 0 ? "" : "/articles/" + SitePath.Slugify(note)) + fragment,
            Span = new SourceSpan(line, line + end + 1 - slice.Start),
            Line = lineIndex,
            Column = column,
            IsClosed = true,
        };
        // Without text of its own, a link shows the heading, else the note's name (its file name, as Obsidian shows it).
        link.AppendChild(new LiteralInline(shown.Length > 0 && bar >= 0 ? shown : heading is { Length: > 0 } ? heading : note.Split('/')[^1]));
        processor.Inline = link;
        slice.Start = end + 2;
        return true;
    }
}
