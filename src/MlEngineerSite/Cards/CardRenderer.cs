using SkiaSharp;

namespace MlEngineerSite.Cards;

/// <summary>
/// Draws a <see cref="Card"/> as a 1200×630 PNG, the size link previews use: dark and opaque, so it
/// reads the same in light and dark chat themes, with text large enough for a thumbnail. The same
/// card always gives the same bytes (bundled fonts, no time stamps).
/// </summary>
public static class CardRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Left = 96;
    private const float LineHeight = 1.2f;
    private const float Right = Width - 80;
    /// <summary>The card's ground (the brand's dark accent is checked against it, Branding/ThemeContrast).</summary>
    public static readonly Branding.Colour Background = new(0x0f, 0x1c, 0x2e);
    private static readonly SKColor Accent = new(0x5b, 0x9c, 0xff);
    private static readonly SKColor Text = SKColors.White;
    private static readonly SKColor Muted = new(0xb4, 0xc3, 0xd6);

    /// <summary>Title sizes to try, largest first, with the lines each may take.</summary>
    private static readonly (float Size, int Lines)[] TitleSizes = [(68, 2), (60, 3), (52, 3), (46, 4)];

    public static byte[] Render(Card card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("could not create a drawing surface for the card");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(Background.R, Background.G, Background.B));
        var accentColour = card.Accent is { } brand ? new SKColor(brand.R, brand.G, brand.B) : Accent;
        using (var accent = new SKPaint { Color = accentColour })
        {
            canvas.DrawRect(0, 0, 18, Height, accent);
        }

        // Baselines, top down: the site's name, the kicker, the title at the largest size that fits
        // above the figure (else the smallest, cut with an ellipsis), then the summary if it has room.
        Draw(canvas, card.SiteName, CardFonts.Bold, 32, accentColour, 104, maxLines: 1);
        var y = 104f;
        if (card.Kicker is { } kicker)
        {
            y = Draw(canvas, kicker, CardFonts.Regular, 32, Muted, y + 56, maxLines: 1);
        }

        var bottom = card.Figure is null ? Height - 100f : Height - 215f;
        var (size, lines) = TitleSizes.FirstOrDefault(t => Fits(card.Title, t, bottom - y - 30), TitleSizes[^1]);
        y = Draw(canvas, card.Title, CardFonts.Bold, size, Text, y + 30 + size * 0.95f, lines);
        if (card.Summary is { } summary && y + 28 + 30 * 0.95f < bottom)
        {
            var room = (int)((bottom - y - 28 - 30 * 0.95f) / (30 * LineHeight)) + 1;
            Draw(canvas, summary, CardFonts.Regular, 30, Muted, y + 28 + 30 * 0.95f, Math.Min(2, room));
        }

        if (card.Figure is { } figure)
        {
            Draw(canvas, figure.Label, CardFonts.Regular, 26, Muted, Height - 178, maxLines: 1);
            Draw(canvas, figure.Value, CardFonts.Bold, 46, Text, Height - 124, maxLines: 1);
            Draw(canvas, figure.Note, CardFonts.Regular, 24, Muted, Height - 84, maxLines: 1);
        }

        using (var font = new SKFont(CardFonts.Regular, 24))
        using (var paint = new SKPaint { Color = Muted, IsAntialias = true })
        {
            canvas.DrawText(card.Address, Right, Height - 48, SKTextAlign.Right, font, paint);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static bool Fits(string title, (float Size, int Lines) choice, float height) =>
        Wrap(title, CardFonts.Bold, choice.Size, int.MaxValue).Count is var count
        && count <= choice.Lines
        && choice.Size * 0.95f + (count - 1) * choice.Size * LineHeight <= height;

    private static IReadOnlyList<string> Wrap(string text, SKTypeface typeface, float size, int maxLines)
    {
        using var font = new SKFont(typeface, size);
        return CardText.Wrap(text, Right - Left, maxLines, s => font.MeasureText(s));
    }

    /// <summary>Draws wrapped text with its first baseline at <paramref name="y"/>; returns the last baseline.</summary>
    private static float Draw(SKCanvas canvas, string text, SKTypeface typeface, float size, SKColor color, float y, int maxLines)
    {
        using var font = new SKFont(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var lines = CardText.Wrap(text, Right - Left, maxLines, s => font.MeasureText(s));
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], Left, y + i * size * LineHeight, SKTextAlign.Left, font, paint);
        }

        return y + Math.Max(0, lines.Count - 1) * size * LineHeight;
    }
}
