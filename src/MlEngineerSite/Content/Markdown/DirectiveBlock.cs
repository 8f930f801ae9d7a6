using Markdig.Parsers;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>A directive that stood alone in its paragraph and renders as a block, such as a table: its HTML, and its words for search.</summary>
public sealed class DirectiveBlock(BlockParser? parser, string html, string plainText) : LeafBlock(parser)
{
    public string Html { get; } = html;

    public string PlainText { get; } = plainText;
}
