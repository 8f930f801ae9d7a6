namespace MlEngineerSite.Hosting.Caching;

/// <summary>
/// Removes the indentation and blank lines the Razor templates leave in a page: a tenth of an
/// article's bytes and a fifth of the home page's, sent on every uncompressed request. A line break
/// is kept wherever there was one, so the page renders exactly as before: between tags or words,
/// a line break and the spaces after it collapse to one space either way. Inside <c>pre</c>,
/// <c>textarea</c>, <c>script</c> and <c>style</c>, where spaces can matter, nothing is touched.
/// </summary>
public static class HtmlIndentation
{
    private static readonly byte[][] Verbatim = ["pre"u8.ToArray(), "textarea"u8.ToArray(), "script"u8.ToArray(), "style"u8.ToArray()];

    /// <summary>The UTF-8 page without its indentation (every byte it removes is ASCII whitespace).</summary>
    public static byte[] Remove(ReadOnlySpan<byte> html)
    {
        var output = new byte[html.Length];
        var written = 0;
        var i = 0;
        while (i < html.Length)
        {
            // Copy up to the next line break or tag; a line break drops the whitespace after it, a verbatim element is copied whole.
            var plain = html[i..].IndexOfAny((byte)'\n', (byte)'<');
            var stop = plain < 0 ? html.Length : i + plain;
            if (stop < html.Length && html[stop] == '<')
            {
                stop = VerbatimEnd(html, stop);
            }

            html[i..stop].CopyTo(output.AsSpan(written));
            written += stop - i;
            i = stop;
            if (i < html.Length && html[i] == '\n')
            {
                output[written++] = (byte)'\n';
                i = SkipWhitespace(html, i + 1);
            }
        }

        return output.AsSpan(0, written).ToArray();
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> html, int i)
    {
        while (i < html.Length && html[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>Past the closing tag when a verbatim element opens at <paramref name="start"/> (the end of the page if it never closes); else just past the <c>&lt;</c>.</summary>
    private static int VerbatimEnd(ReadOnlySpan<byte> html, int start)
    {
        foreach (var name in Verbatim)
        {
            if (!IsTag(html, start + 1, name))
            {
                continue;
            }

            for (var i = start + 1; i < html.Length - 1; i++)
            {
                if (html[i] == '<' && html[i + 1] == '/' && IsTag(html, i + 2, name))
                {
                    var close = html[i..].IndexOf((byte)'>');
                    return close < 0 ? html.Length : i + close + 1;
                }
            }

            return html.Length;
        }

        return start + 1;
    }

    /// <summary>Whether the tag name at <paramref name="at"/> is <paramref name="name"/> (any case), ended by a space, '/' or '&gt;'.</summary>
    private static bool IsTag(ReadOnlySpan<byte> html, int at, byte[] name)
    {
        var end = at + name.Length;
        if (end >= html.Length)
        {
            return false;
        }

        for (var k = 0; k < name.Length; k++)
        {
            if ((html[at + k] | 0x20) != name[k])
            {
                return false;
            }
        }

        return html[end] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
    }
}
