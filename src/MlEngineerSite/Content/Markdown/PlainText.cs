using System.Text;
using Markdig.Syntax;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// The text a reader sees in some blocks, from the Markdown tree (for search): every paragraph,
/// heading, table cell, code block and embedded table in order. Where a block's text ends without
/// punctuation (a list item, a cell) a "; " follows it, so "PyTorch" and "scikit-learn" in two list
/// items do not run together in a snippet; where it ends a sentence or clause, a space.
/// </summary>
public static class PlainText
{
    private const string ClauseEnds = ".!?:;,…";

    public static string Of(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            Append(block, text);
        }

        return Whitespace.Collapse(text.ToString()).TrimEnd(';', ' ');
    }

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case DirectiveBlock directive:
                Unit(text, directive.PlainText);
                break;
            case CodeBlock code:
                Unit(text, code.Lines.ToString());
                break;
            case LeafBlock { Inline: { } inline }:
                Unit(text, InlineText.Of(inline));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    private static void Unit(StringBuilder text, string? unit)
    {
        unit = unit?.Trim();
        if (string.IsNullOrEmpty(unit))
        {
            return;
        }

        text.Append(unit).Append(ClauseEnds.Contains(unit[^1], StringComparison.Ordinal) ? " " : "; ");
    }
}
