namespace MlEngineerSite.Branding;

/// <summary>
/// An opaque sRGB colour as a brand setting writes it: <c>#rgb</c> or <c>#rrggbb</c>. Only hex is
/// accepted, so a colour in the content is one exact value the contrast check can measure (a name or
/// an alpha channel would leave what the reader sees to the browser and the page behind it).
/// </summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static readonly Colour White = new(255, 255, 255);
    public static readonly Colour Black = new(0, 0, 0);

    /// <summary>
    /// Reads <c>#rgb</c> or <c>#rrggbb</c> (hex digits in either case, surrounding whitespace ignored);
    /// anything else (names, <c>rgb()</c>, alpha, a missing <c>#</c>) is refused.
    /// </summary>
    public static bool TryParse(string? text, out Colour colour)
    {
        colour = default;
        var span = (text ?? "").AsSpan().Trim();
        if (span.Length is not (4 or 7) || span[0] != '#')
        {
            return false;
        }

        var digits = span[1..];
        foreach (var digit in digits)
        {
            if (!char.IsAsciiHexDigit(digit))
            {
                return false;
            }
        }

        colour = digits.Length == 3
            ? new((byte)(Nibble(digits[0]) * 17), (byte)(Nibble(digits[1]) * 17), (byte)(Nibble(digits[2]) * 17))
            : new((byte)((Nibble(digits[0]) << 4) | Nibble(digits[1])),
                (byte)((Nibble(digits[2]) << 4) | Nibble(digits[3])),
                (byte)((Nibble(digits[4]) << 4) | Nibble(digits[5])));
        return true;
    }

    /// <summary>The colour as lower-case <c>#rrggbb</c>, the one spelling the site writes.</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    public override string ToString() => ToHex();

    /// <summary>
    /// WCAG 2.x relative luminance, 0 for black to 1 for white: the sRGB channels linearised (with the
    /// sRGB standard's 0.04045 threshold; WCAG's 0.03928 gives the same result for 8-bit values) and
    /// weighted by how bright each looks.
    /// </summary>
    public double RelativeLuminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static int Nibble(char digit) => digit switch
    {
        >= '0' and <= '9' => digit - '0',
        >= 'a' and <= 'f' => digit - 'a' + 10,
        _ => digit - 'A' + 10,
    };
}
