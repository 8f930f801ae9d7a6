using System.Text;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite.Tests.Unit;

/// <summary>
/// The loader's text scans that replaced split-and-join (white space, front matter fences) and a
/// rune-by-rune walk (forbidden characters) give what the simple forms give, on the edge cases.
/// </summary>
public sealed class TextScanningTests
{
    public static TheoryData<string> Texts => new()
    {
        "", " ", "word", " two  words ", "\tline\r\nbreaks\n\n", "a\u00a0b\u2003c", "end\n", "\u3000ideographic\u3000space",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void CollapsingWhiteSpace_IsSplittingAndJoining(string text)
    {
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Whitespace.Collapse(text));
        Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, Whitespace.CountWords(text));
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\nBody\n", "title: T", "Body\n", 3)]
    [InlineData("---\r\ntitle: T\r\n--- \r\nBody", "title: T\r", "Body", 3)]
    [InlineData("---\n---\n", "", "", 2)]
    [InlineData("---\na: 1\nb: 2\n---", "a: 1\nb: 2", "", 4)]
    [InlineData("No front matter\n---\n", null, "No front matter\n---\n", 0)]
    [InlineData("", null, "", 0)]
    public void FrontMatter_IsSplitAtItsFences(string text, string? yaml, string body, int offset)
    {
        var split = FrontMatter.Split(text, "articles/a.md", new ContentDiagnostics());

        Assert.Equal(new FrontMatter(yaml, body, offset), split);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("---\ntitle: T\n")]
    public void AnUnclosedFrontMatter_IsAnError(string text)
    {
        var diagnostics = new ContentDiagnostics();

        Assert.Null(FrontMatter.Split(text, "articles/a.md", diagnostics));
        Assert.Equal("articles/a.md:1:1: error: the front matter that starts on line 1 is never closed with a '---' line", Assert.Single(diagnostics.Problems).ToString());
    }

    [Fact]
    public void EveryForbiddenCharacter_IsFound_AndNoOther()
    {
        // Every code point, alone and inside ordinary text, against the rule itself.
        for (var value = 0; value <= 0x10FFFF; value += value < 0x10000 ? 1 : 0xFF)
        {
            if (value is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var rune = new Rune(value);
            var text = "Median pay " + rune + " in 2024";
            Assert.True(ForbiddenCharacters.IsForbidden(rune) == ForbiddenCharacters.Contains(text), $"U+{value:X4}");
        }

        Assert.True(ForbiddenCharacters.Contains("emoji \U0001F600 then U+10FFFF \U0010FFFF"));
        Assert.False(ForbiddenCharacters.Contains("emoji \U0001F600 and accents é ß"));
    }
}
