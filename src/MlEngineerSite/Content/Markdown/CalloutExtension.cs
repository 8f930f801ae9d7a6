using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Localization;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Call-outs as other tools write them, drawn one way: GitHub alerts (<c>&gt; [!NOTE]</c>, Markdig's
/// own parser) and MkDocs/Python-Markdown admonitions (<c>!!! warning "Title"</c> with the content
/// indented four spaces; <c>???</c> collapsible, <c>???+</c> open), which Markdig does not read.
/// Both become <c>&lt;div class="callout callout-KIND" role="note"&gt;</c> with a title line; a collapsible one a <c>&lt;details&gt;</c>.
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AdmonitionParser>())
        {
            pipeline.BlockParsers.Insert(0, new AdmonitionParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<AdmonitionRenderer>();
            html.ObjectRenderers.Replace<AlertBlockRenderer>(new AlertRenderer());
        }
    }

    /// <summary>
    /// The title a call-out shows when it names none: for the kinds GitHub and MkDocs Material name
    /// ("warning", "tip"), that word in the site's language ("Warnung" on a German site); for any
    /// other kind, the kind capitalised ("see-also" is "See also"), as MkDocs writes it.
    /// </summary>
    public static string DefaultTitle(string kind) => KindTitle(kind.Length == 0 ? "note" : kind.ToLowerInvariant())?.Value
        ?? char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');

    private static Microsoft.Extensions.Localization.LocalizedString? KindTitle(string kind) => kind switch
    {
        "note" => SiteText.T["Note"],
        "tip" => SiteText.T["Tip"],
        "important" => SiteText.T["Important"],
        "warning" => SiteText.T["Warning"],
        "caution" => SiteText.T["Caution"],
        "abstract" => SiteText.T["Abstract"],
        "info" => SiteText.T["Info"],
        "success" => SiteText.T["Success"],
        "question" => SiteText.T["Question"],
        "failure" => SiteText.T["Failure"],
        "danger" => SiteText.T["Danger"],
        "bug" => SiteText.T["Bug"],
        "example" => SiteText.T["Example"],
        "quote" => SiteText.T["Quote"],
        _ => null,
    };

    internal static void WriteOpening(HtmlRenderer renderer, string kind, string title, bool collapsible, bool open)
    {
        var safeKind = SitePath.Slugify(kind) is { Length: > 0 } slug ? slug : "note";
        renderer.EnsureLine();
        if (collapsible)
        {
            renderer.Write($"<details class=\"callout callout-{safeKind}\"{(open ? " open" : "")}><summary class=\"callout-title\">");
            renderer.WriteEscape(title);
            renderer.WriteLine("</summary>");
        }
        else
        {
            renderer.Write($"<div class=\"callout callout-{safeKind}\" role=\"note\"><p class=\"callout-title\">");
            renderer.WriteEscape(title);
            renderer.WriteLine("</p>");
        }
    }
}

/// <summary>An MkDocs admonition: its kind ("note", "warning"), its title if given, and whether it folds.</summary>
public sealed class AdmonitionBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string Kind { get; init; } = "note";
    public string? Title { get; init; }
    public bool Collapsible { get; init; }
    public bool Open { get; init; }
}

/// <summary>Opens on <c>!!! kind "Title"</c> and keeps every following line that is blank or indented four spaces.</summary>
public sealed partial class AdmonitionParser : BlockParser
{
    public AdmonitionParser() => OpeningCharacters = ['!', '?'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || Pattern().Match(processor.Line.ToString()) is not { Success: true } match)
        {
            return BlockState.None;
        }

        var marker = match.Groups["marker"].Value;
        processor.NewBlocks.Push(new AdmonitionBlock(this)
        {
            Kind = match.Groups["kind"].Value.ToLowerInvariant(),
            Title = match.Groups["title"].Success ? match.Groups["title"].Value : null,
            Collapsible = marker.StartsWith('?'),
            Open = marker.EndsWith('+'),
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent >= 4)
        {
            processor.GoToColumn(processor.ColumnBeforeIndent + 4);
            return BlockState.Continue;
        }

        return BlockState.None;
    }

    [GeneratedRegex("""^(?<marker>!!!|\?\?\?\+?)[ \t]+(?<kind>[A-Za-z][\w-]*)(?:[ \t]+"(?<title>[^"]*)")?[ \t]*$""")]
    private static partial Regex Pattern();
}

public sealed class AdmonitionRenderer : HtmlObjectRenderer<AdmonitionBlock>
{
    protected override void Write(HtmlRenderer renderer, AdmonitionBlock obj)
    {
        CalloutExtension.WriteOpening(renderer, obj.Kind, obj.Title is { } title ? title : CalloutExtension.DefaultTitle(obj.Kind), obj.Collapsible, obj.Open);
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine(obj.Collapsible ? "</details>" : "</div>");
    }
}

/// <summary>A GitHub alert drawn as a call-out: no inline icon, the same markup and styles as an admonition.</summary>
public sealed class AlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        var kind = obj.Kind.ToString().ToLowerInvariant();
        CalloutExtension.WriteOpening(renderer, kind, CalloutExtension.DefaultTitle(kind), collapsible: false, open: false);
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
