using Markdig.Syntax.Inlines;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// <c>{{name argument}}</c> in Markdown: a reference to site data (a figure, a table, the comparison).
/// <see cref="Html"/> is filled in when the document is resolved against the content's data.
/// </summary>
public sealed class DirectiveInline : LeafInline
{
    public required string Name { get; init; }
    public string? Argument { get; init; }
    public required string Source { get; init; }
    public string? Html { get; set; }

    /// <summary>The figure a <c>{{fig}}</c> cites, once resolved (a section's card shows its first pay or growth figure).</summary>
    public Figures.Figure? Figure { get; set; }

    /// <summary>What a reader sees, as plain text (for summaries and link previews).</summary>
    public string? PlainText { get; set; }
}
