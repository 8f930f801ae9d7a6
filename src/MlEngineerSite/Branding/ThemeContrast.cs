using System.Globalization;

namespace MlEngineerSite.Branding;

/// <summary>
/// The colour pairs one theme of site.css puts together with a brand's two colours, and the WCAG 2.2
/// AA contrast each needs: links (primary) are text on the page and on panels (4.5:1); the accent
/// is the focus ring and the chart bars on the page (3:1, a user-interface part) and the background
/// of buttons whose text the site picks (<see cref="BrandColours.OnAccent"/>, 4.5:1). The backgrounds
/// are site.css's own (a test keeps them equal).
/// </summary>
public sealed record ThemeContrast(string Name, Colour Background, Colour Surface)
{
    public static ThemeContrast Light { get; } = new("light", new Colour(0xff, 0xff, 0xff), new Colour(0xf4, 0xf6, 0xf9));

    public static ThemeContrast Dark { get; } = new("dark", new Colour(0x11, 0x16, 0x1d), new Colour(0x1a, 0x21, 0x2b));

    public IEnumerable<ContrastFailure> Check(BrandColours colours)
    {
        (string Role, Colour Foreground, Colour Background, string BackgroundName, double Minimum, string Use)[] pairs =
        [
            ("primary", colours.Primary, Background, "the page background", Contrast.Text, "link text"),
            ("primary", colours.Primary, Surface, "the panel background", Contrast.Text, "link text"),
            ("accent", colours.Accent, Background, "the page background", Contrast.LargeTextOrUi, "the focus ring and chart bars"),
            ("accent", colours.OnAccent, colours.Accent, "the accent", Contrast.Text, "button text"),
        ];
        foreach (var pair in pairs.Where(p => !Contrast.Passes(p.Foreground, p.Background, p.Minimum)))
        {
            // A button's text is the site's choice; only the accent itself can be changed, so the shade offered is the accent's.
            var isButton = pair.Use == "button text";
            var nearest = isButton
                ? Contrast.NearestPassing(colours.Accent, Contrast.ReadableOn(colours.Accent), pair.Minimum)
                : Contrast.NearestPassing(pair.Foreground, pair.Background, pair.Minimum);
            yield return new ContrastFailure(pair.Role, pair.Foreground, pair.Background, pair.BackgroundName, Contrast.Ratio(pair.Foreground, pair.Background), pair.Minimum, pair.Use, nearest);
        }
    }
}

/// <summary>A colour pair under the contrast it needs, and the nearest shade of the brand's colour that passes.</summary>
public sealed record ContrastFailure(string Role, Colour Foreground, Colour Background, string BackgroundName, double Ratio, double Minimum, string Use, Colour Nearest)
{
    public string Message(string where) => string.Create(CultureInfo.InvariantCulture,
        $"{where}.{Role}: {Use} {Foreground} on {BackgroundName} {Background} has a contrast of {Math.Floor(Ratio * 100) / 100:0.00}:1, under the {Minimum:0.#}:1 that WCAG 2.2 AA asks for; the nearest shade that passes is {Nearest}");
}
