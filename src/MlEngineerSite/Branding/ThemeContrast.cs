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

    /// <summary>The dark theme; its accent also draws the link-preview cards' bar and site name on <see cref="Cards.CardRenderer.Background"/>.</summary>
    public static ThemeContrast Dark { get; } = new("dark", new Colour(0x11, 0x16, 0x1d), new Colour(0x1a, 0x21, 0x2b)) { Card = Cards.CardRenderer.Background };

    /// <summary>The link-preview card's ground, where this theme's accent is drawn too; null for a theme cards do not use.</summary>
    public Colour? Card { get; init; }

    public IEnumerable<ContrastFailure> Check(BrandColours colours)
    {
        (string Role, Colour Foreground, Colour Background, string BackgroundName, double Minimum, string Use)[] pairs =
        [
            ("primary", colours.Primary, Background, "the page background", Contrast.Text, "link text"),
            ("primary", colours.Primary, Surface, "the panel background", Contrast.Text, "link text"),
            ("accent", colours.Accent, Background, "the page background", Contrast.LargeTextOrUi, "the focus ring and chart bars"),
            ("accent", colours.Accent, Surface, "the panel background", Contrast.LargeTextOrUi, "the focus ring and callout borders"),
            .. Card is { } card ? new[] { ("accent", colours.Accent, card, "the link-preview card", Contrast.LargeTextOrUi, "the cards' site name") } : [],
            ("accent", colours.OnAccent, colours.Accent, "the accent", Contrast.Text, "button text"),
        ];
        foreach (var pair in pairs.Where(p => !Contrast.Passes(p.Foreground, p.Background, p.Minimum)))
        {
            var nearest = Suggest(pair.Role == "primary" ? colours.Primary : colours.Accent, pair.Role);
            yield return new ContrastFailure(pair.Role, pair.Foreground, pair.Background, pair.BackgroundName, Contrast.Ratio(pair.Foreground, pair.Background), pair.Minimum, pair.Use, nearest);
        }
    }

    /// <summary>
    /// One shade of the brand's colour that passes every pair it is in (a link on the page and on
    /// panels; the accent as a ring and as a button), so each message offers the same one.
    /// </summary>
    private Colour Suggest(Colour colour, string role)
    {
        for (var round = 0; round < 4; round++)
        {
            var before = colour;
            if (role == "primary")
            {
                colour = Contrast.NearestPassing(Contrast.NearestPassing(colour, Background, Contrast.Text), Surface, Contrast.Text);
            }
            else
            {
                colour = Contrast.NearestPassing(Contrast.NearestPassing(colour, Background, Contrast.LargeTextOrUi), Surface, Contrast.LargeTextOrUi);
                colour = Card is { } card ? Contrast.NearestPassing(colour, card, Contrast.LargeTextOrUi) : colour;
                // A button's text is the site's choice (white or near-black): only the accent can change.
                colour = Contrast.NearestPassing(colour, Contrast.ReadableOn(colour), Contrast.Text);
            }

            if (colour == before)
            {
                break;
            }
        }

        return colour;
    }
}

/// <summary>A colour pair under the contrast it needs, and the nearest shade of the brand's colour that passes.</summary>
public sealed record ContrastFailure(string Role, Colour Foreground, Colour Background, string BackgroundName, double Ratio, double Minimum, string Use, Colour Nearest)
{
    public string Message(string where) => string.Create(CultureInfo.InvariantCulture,
        $"{where}.{Role}: {Use} {Foreground} on {BackgroundName} {Background} has a contrast of {Math.Floor(Ratio * 100) / 100:0.00}:1, under the {Minimum:0.#}:1 that WCAG 2.2 AA asks for; the nearest shade that passes is {Nearest}");
}
