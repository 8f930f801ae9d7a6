using Markdig.Helpers;
using Markdig.Parsers;

namespace MlEngineerSite.Content.Markdown;

/// <summary>Parses <c>{{name}}</c> and <c>{{name argument}}</c> on one line.</summary>
public sealed class DirectiveInlineParser : InlineParser
{
    private const int MaxLength = 200;

    public DirectiveInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = text.IndexOf("}}", start + 2, Math.Min(MaxLength, slice.End - start - 1), StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var body = text[(start + 2)..end].Trim();
        if (body.Contains('\n') || body.Length == 0 || !char.IsAsciiLetterLower(body[0]))
        {
            return false;
        }

        var parts = body.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!parts[0].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return false;
        }

        var line = processor.GetSourcePosition(slice.Start, out var lineIndex, out var column);
        processor.Inline = new DirectiveInline
        {
            Name = parts[0],
            Argument = parts.Length > 1 ? parts[1] : null,
            Source = text[start..(end + 2)],
            Span = new Markdig.Syntax.SourceSpan(line, line + end + 1 - start),
            Line = lineIndex,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
