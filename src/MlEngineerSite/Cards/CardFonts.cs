using SkiaSharp;

namespace MlEngineerSite.Cards;

/// <summary>
/// The fonts the cards are drawn with, shipped inside the app (Cards/Fonts, DejaVu Sans with its
/// licence): the container image has no fonts and no fontconfig, and a system font would make the
/// same content draw differently on different machines.
/// </summary>
public static class CardFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>Whether the fonts can draw every character of the text (else the card leaves that text out rather than draw boxes).</summary>
    public static bool CanDraw(string text)
    {
        var visible = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        using var regular = new SKFont(Regular);
        using var bold = new SKFont(Bold);
        return regular.ContainsGlyphs(visible) && bold.ContainsGlyphs(visible);
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream("Cards.Fonts." + file)
            ?? throw new InvalidOperationException($"the card font {file} is not embedded in the app");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"the card font {file} could not be read");
    }
}
