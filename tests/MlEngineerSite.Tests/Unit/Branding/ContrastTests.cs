using MlEngineerSite.Branding;

namespace MlEngineerSite.Tests.Unit.Branding;

/// <summary>
/// WCAG 2.x contrast against values published elsewhere (WebAIM's checker, the WCAG definition), and
/// the nearest passing shade the content check suggests for a brand colour that fails.
/// </summary>
public sealed class ContrastTests
{
    private static Colour Hex(string text)
    {
        Assert.True(Colour.TryParse(text, out var colour), text);
        return colour;
    }

    [Fact]
    public void BlackOnWhite_Is21Exactly() => Assert.Equal(21.0, Contrast.Ratio(Colour.Black, Colour.White));

    [Theory]
    [InlineData("#000000")]
    [InlineData("#ffffff")]
    [InlineData("#4a90e2")]
    public void AColourOnItself_Is1(string hex) => Assert.Equal(1.0, Contrast.Ratio(Hex(hex), Hex(hex)));

    [Theory]
    [InlineData("#777777", 4.48)]
    [InlineData("#767676", 4.54)]
    [InlineData("#0000ff", 8.59)]
    [InlineData("#ff0000", 4.00)]
    public void RatioOnWhite_MatchesThePublishedValue(string hex, double expected) =>
        Assert.Equal(expected, Contrast.Ratio(Hex(hex), Colour.White), precision: 2);

    [Fact]
    public void TheWebAimGreyBoundary_IsNotRoundedUp()
    {
        Assert.False(Contrast.Passes(Hex("#777777"), Colour.White, Contrast.Text)); // 4.48: fails 4.5.
        Assert.True(Contrast.Passes(Hex("#767676"), Colour.White, Contrast.Text));
        Assert.True(Contrast.Passes(Hex("#777777"), Colour.White, Contrast.LargeTextOrUi));
    }

    [Theory]
    [InlineData("#4a90e2", "#ffffff")]
    [InlineData("#1f5fbf", "#11161d")]
    [InlineData("#ff0000", "#000000")]
    public void Ratio_DoesNotDependOnOrder(string a, string b) =>
        Assert.Equal(Contrast.Ratio(Hex(a), Hex(b)), Contrast.Ratio(Hex(b), Hex(a)));

    [Theory]
    [InlineData("#abc", 0xaa, 0xbb, 0xcc)]
    [InlineData("#aabbcc", 0xaa, 0xbb, 0xcc)]
    [InlineData("#AABBCC", 0xaa, 0xbb, 0xcc)]
    [InlineData("#AbC", 0xaa, 0xbb, 0xcc)]
    [InlineData("  #1f5fbf\t\n", 0x1f, 0x5f, 0xbf)]
    [InlineData("#000", 0, 0, 0)]
    public void TryParse_ReadsShortAndLongHex(string text, int r, int g, int b)
    {
        Assert.True(Colour.TryParse(text, out var colour));
        Assert.Equal(new Colour((byte)r, (byte)g, (byte)b), colour);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("aabbcc")]
    [InlineData("#abcd")]
    [InlineData("#aabbccdd")]
    [InlineData("#ab")]
    [InlineData("#gggggg")]
    [InlineData("# abc")]
    [InlineData("red")]
    [InlineData("rgb(1, 2, 3)")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_RefusesAnythingElse(string? text)
    {
        Assert.False(Colour.TryParse(text, out var colour));
        Assert.Equal(default, colour);
    }

    [Fact]
    public void Hex_IsLowerCaseLongForm()
    {
        Assert.Equal("#aabbcc", Hex("#ABC").ToHex());
        Assert.Equal("#aabbcc", Hex("#ABC").ToString());
        Assert.Equal("#00ff0a", new Colour(0, 255, 10).ToHex());
    }

    [Fact]
    public void NearestPassing_LeavesAPassingColourAlone() =>
        Assert.Equal(Hex("#0000ff"), Contrast.NearestPassing(Hex("#0000ff"), Colour.White, Contrast.Text));

    [Fact]
    public void NearestPassing_OnWhite_DarkensAsLittleAsItCan_KeepingTheHue()
    {
        var original = Hex("#4a90e2"); // 3.29 on white.
        var shade = Contrast.NearestPassing(original, Colour.White, Contrast.Text);

        Assert.True(Contrast.Passes(shade, Colour.White, Contrast.Text), shade.ToHex());
        Assert.True(Lightness(shade) < Lightness(original), shade.ToHex());
        AssertSameHue(original, shade);
        AssertNoCloserShadePasses(original, shade, Colour.White, towardsOriginal: +0.005);
    }

    [Fact]
    public void NearestPassing_OnADarkBackground_Lightens()
    {
        var original = Hex("#1f5fbf");
        var background = Hex("#11161d"); // 2.98 apart; even black does not pass on it.
        var shade = Contrast.NearestPassing(original, background, Contrast.Text);

        Assert.True(Contrast.Passes(shade, background, Contrast.Text), shade.ToHex());
        Assert.True(Lightness(shade) > Lightness(original), shade.ToHex());
        AssertSameHue(original, shade);
        AssertNoCloserShadePasses(original, shade, background, towardsOriginal: -0.005);
    }

    // Found apart from the code under test: a scan outwards from the original lightness in steps of
    // 0.000005, through CSS HSL and 8-bit rounding, to the first shade that reaches 4.5.
    [Theory]
    [InlineData("#4a90e2", "#ffffff", "#2376d9")]
    [InlineData("#ff0000", "#ffffff", "#ee0000")]
    [InlineData("#ffd966", "#ffffff", "#967100")]
    [InlineData("#1f5fbf", "#11161d", "#3c7edf")]
    public void NearestPassing_IsTheFirstShadeThatPasses(string foreground, string background, string expected) =>
        Assert.Equal(Hex(expected), Contrast.NearestPassing(Hex(foreground), Hex(background), Contrast.Text));

    [Fact]
    public void NearestPassing_WhenNoShadeCanPass_GivesTheBetterOfBlackAndWhite() =>
        // On #777777 black is 4.68 and white 4.48: neither reaches 7.
        Assert.Equal(Colour.Black, Contrast.NearestPassing(Hex("#777777"), Hex("#777777"), 7));

    [Theory]
    [InlineData("#1f5fbf", "#ffffff")]
    [InlineData("#ffd966", "#11161d")]
    [InlineData("#000000", "#ffffff")]
    [InlineData("#ffffff", "#11161d")]
    public void ReadableOn_PicksWhiteOrNearBlack(string background, string expected) =>
        Assert.Equal(Hex(expected), Contrast.ReadableOn(Hex(background)));

    private static void AssertSameHue(Colour original, Colour shade)
    {
        var difference = Math.Abs(Hue(original) - Hue(shade));
        Assert.True(Math.Min(difference, 360 - difference) <= 2, $"{original} is {Hue(original):0.0}°, {shade} is {Hue(shade):0.0}°");
    }

    /// <summary>A shade of the original's hue and saturation a little nearer its lightness than <paramref name="shade"/> fails.</summary>
    private static void AssertNoCloserShadePasses(Colour original, Colour shade, Colour background, double towardsOriginal)
    {
        var closer = FromHsl(Hue(original), Saturation(original), Lightness(shade) + towardsOriginal);
        Assert.False(Contrast.Passes(closer, background, Contrast.Text), $"{closer} passes and is nearer {original} than {shade}");
    }

    // HSL as CSS Color 4 defines it, written here apart from the code under test.
    private static (double Max, double Min) Extremes(Colour c) =>
        (Math.Max(c.R, Math.Max(c.G, c.B)) / 255.0, Math.Min(c.R, Math.Min(c.G, c.B)) / 255.0);

    private static double Lightness(Colour c)
    {
        var (max, min) = Extremes(c);
        return (max + min) / 2;
    }

    private static double Saturation(Colour c)
    {
        var (max, min) = Extremes(c);
        var l = (max + min) / 2;
        return l is 0 or 1 ? 0 : (max - l) / Math.Min(l, 1 - l);
    }

    private static double Hue(Colour c)
    {
        var (r, g, b) = (c.R / 255.0, c.G / 255.0, c.B / 255.0);
        var (max, min) = Extremes(c);
        var d = max - min;
        var hue = d == 0 ? 0 : max == r ? ((g - b) / d) + (g < b ? 6 : 0) : max == g ? ((b - r) / d) + 2 : ((r - g) / d) + 4;
        return hue * 60;
    }

    private static Colour FromHsl(double hue, double saturation, double lightness)
    {
        byte F(int n)
        {
            var k = (n + (hue / 30)) % 12;
            var a = saturation * Math.Min(lightness, 1 - lightness);
            var value = lightness - (a * Math.Max(-1, Math.Min(Math.Min(k - 3, 9 - k), 1)));
            return (byte)Math.Round(value * 255);
        }

        return new Colour(F(0), F(8), F(4));
    }
}
