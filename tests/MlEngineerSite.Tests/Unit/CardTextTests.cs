using MlEngineerSite.Cards;

namespace MlEngineerSite.Tests.Unit;

/// <summary>How a card's text is broken into lines: a character is 1 wide here, so widths are lengths.</summary>
public sealed class CardTextTests
{
    private static float Length(string text) => text.Length;

    [Fact]
    public void Text_BreaksAtSpaces_IntoLinesThatFit()
    {
        var lines = CardText.Wrap("what machine learning engineers do all day", 16, 5, Length);

        Assert.Equal(["what machine", "learning", "engineers do all", "day"], lines);
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 16));
    }

    [Fact]
    public void TooManyLines_EndWithAnEllipsis_ThatFits()
    {
        var lines = CardText.Wrap("one two three four five six seven eight nine ten", 10, 2, Length);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith(CardText.Ellipsis, lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 10));
    }

    [Fact]
    public void AWordWiderThanALine_IsSplit_NeverClipped()
    {
        var lines = CardText.Wrap("https://example.org/a/very/long/address/without/spaces", 12, 10, Length);

        Assert.Equal("https://example.org/a/very/long/address/without/spaces", string.Concat(lines));
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 12));
    }

    [Fact]
    public void A300CharacterHeading_KeepsToItsLines()
    {
        var heading = string.Join(' ', Enumerable.Repeat("Responsibilities", 18)); // 305 characters

        var lines = CardText.Wrap(heading, 40, 4, Length);

        Assert.Equal(4, lines.Count);
        Assert.EndsWith(CardText.Ellipsis, lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 40));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void NoText_GivesNoLines(string text) =>
        Assert.Empty(CardText.Wrap(text, 10, 3, Length));

    [Theory]
    [InlineData("Machine learning engineer", true)]
    [InlineData("Ingénieur en apprentissage automatique – Überblick", true)]
    [InlineData("Инженер машинного обучения", true)]
    [InlineData("机器学习工程师", false)]
    public void Fonts_SayWhichScriptsTheyDraw(string text, bool drawable) =>
        Assert.Equal(drawable, CardFonts.CanDraw(text));
}
