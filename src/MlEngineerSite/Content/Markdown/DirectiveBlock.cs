using Markdig.Parsers;
using Markdig.Syntax;

namespace MlEngineerSite.Content.Markdown;

/// <summary>A directive that stood alone in its paragraph and renders as a block, such as a table.</summary>
public sealed class DirectiveBlock(BlockParser? parser, string html) : LeafBlock(parser)
{
    public string Html { get; } = html;
}
