namespace MlEngineerSite.Branding;

/// <summary>
/// WCAG 2.x contrast between two colours, so the content check can refuse brand colours a reader
/// cannot read and suggest the nearest shade that can be.
/// </summary>
public static class Contrast
{
    /// <summary>The minimum for body text (WCAG 1.4.3, level AA).</summary>
    public const double Text = 4.5;

    /// <summary>The minimum for large text (WCAG 1.4.3) and for controls and graphics (WCAG 1.4.11).</summary>
    public const double LargeTextOrUi = 3.0;

    private const int SearchSteps = 40;
    private static readonly Colour NearBlack = new(0x11, 0x16, 0x1d);

    /// <summary>The contrast ratio, from 1 (the same luminance) to 21 (black and white); the order of the colours does not matter.</summary>
    public static double Ratio(Colour a, Colour b)
    {
        var (la, lb) = (a.RelativeLuminance, b.RelativeLuminance);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// Whether the ratio reaches <paramref name="minimum"/>, compared exactly: WCAG's thresholds are not
    /// to be rounded, so 4.49 fails 4.5.
    /// </summary>
    public static bool Passes(Colour a, Colour b, double minimum) => Ratio(a, b) >= minimum;

    /// <summary>
    /// The shade of <paramref name="foreground"/> (its HSL hue and saturation) whose lightness is closest
    /// to the foreground's and that passes against <paramref name="background"/>: the suggestion the
    /// check offers, so a refused brand colour stays recognisably the same colour. A passing foreground
    /// comes back unchanged. Darker and lighter are both tried and the smaller change wins (darker on a
    /// tie). When no shade passes (even black and white fail), the better of black and white comes back.
    /// </summary>
    public static Colour NearestPassing(Colour foreground, Colour background, double minimum)
    {
        if (Passes(foreground, background, minimum))
        {
            return foreground;
        }

        var (hue, saturation, lightness) = ToHsl(foreground);

        // Each candidate is measured as the 8-bit colour it would be returned as, so rounding cannot
        // turn a passing lightness into a failing colour. Along one hue and saturation the rounded
        // channels only grow with lightness, so the passing shades are black up to one lightness and
        // another lightness up to white, and a bisection finds each edge.
        bool PassesAt(double l) => Passes(FromHsl(hue, saturation, l), background, minimum);

        // The passing lightness nearest the foreground's between it and one end (0, black; 1, white), if that end passes.
        double? Edge(double end)
        {
            if (!PassesAt(end))
            {
                return null;
            }

            var (passing, failing) = (end, lightness);
            for (var i = 0; i < SearchSteps; i++)
            {
                var middle = (passing + failing) / 2;
                (passing, failing) = PassesAt(middle) ? (middle, failing) : (passing, middle);
            }

            return passing;
        }

        var darker = Edge(0);
        var lighter = Edge(1);

        double? chosen = (darker, lighter) switch
        {
            ({ } d, { } l) => lightness - d <= l - lightness ? d : l,
            ({ } d, null) => d,
            (null, { } l) => l,
            _ => null,
        };
        if (chosen is { } found)
        {
            return FromHsl(hue, saturation, found);
        }

        return Ratio(Colour.Black, background) >= Ratio(Colour.White, background) ? Colour.Black : Colour.White;
    }

    /// <summary>
    /// The text colour for a button of <paramref name="background"/>: white or the site's near-black
    /// <c>#11161d</c>, whichever contrasts more.
    /// </summary>
    public static Colour ReadableOn(Colour background) =>
        Ratio(Colour.White, background) >= Ratio(NearBlack, background) ? Colour.White : NearBlack;

    private static (double Hue, double Saturation, double Lightness) ToHsl(Colour colour)
    {
        var (r, g, b) = (colour.R / 255.0, colour.G / 255.0, colour.B / 255.0);
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        if (chroma == 0)
        {
            return (0, 0, lightness);
        }

        var saturation = chroma / (1 - Math.Abs((2 * lightness) - 1));
        var hue = max == r ? (g - b) / chroma
            : max == g ? ((b - r) / chroma) + 2
            : ((r - g) / chroma) + 4;
        return ((hue * 60 + 360) % 360, saturation, lightness);
    }

    private static Colour FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var sector = hue / 60;
        var x = chroma * (1 - Math.Abs((sector % 2) - 1));
        var (r, g, b) = sector switch
        {
            < 1 => (chroma, x, 0.0),
            < 2 => (x, chroma, 0.0),
            < 3 => (0.0, chroma, x),
            < 4 => (0.0, x, chroma),
            < 5 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - (chroma / 2);
        return new(Channel(r + m), Channel(g + m), Channel(b + m));
    }

    private static byte Channel(double value) =>
        (byte)Math.Clamp(Math.Round(value * 255, MidpointRounding.AwayFromZero), 0, 255);
}
