using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MlEngineerSite.Hosting.Caching;

namespace MlEngineerSite.Tests.Unit;

public sealed partial class HtmlIndentationTests
{
    // Shaped like a rendered page: indented template markup, inline elements split over lines,
    // blank lines, and the elements whose spaces matter.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <style>
                    pre   { tab-size: 4; }
                </style>
                <script type="application/ld+json">{
                    "name": "ML   engineer"
                }</script>
            </head>
            <body>

                <p class="meta">Updated <time datetime="2026-11-26">26 November 2026</time>
                    · 5 min read</p>
                <span class="fact-source"><a href="/a">BLS</a>, <time>May 2022</time></span>
                    <span class="fact-stale">newer data may exist</span>
                <PRE class="code"><code>def train():
            return   model
        </code></PRE>
                <textarea name="note">
            kept as typed
                </textarea>
                <p>Ünïcödé — “quoted”
                    text</p>
            </body>
        </html>
        """;

    [Fact]
    public void NoLineStartsWithSpaces_OutsideTheVerbatimElements_AndNoBlankLinesRemain()
    {
        var stripped = Strip(Page);

        var outside = VerbatimElements().Replace(stripped, "<kept/>");
        Assert.DoesNotMatch(new Regex(@"\n[ \t]"), outside);
        Assert.DoesNotContain("\n\n", outside);
        Assert.True(stripped.Length < Page.Length * 0.9, $"{Page.Length} → {stripped.Length} characters");
    }

    [Fact]
    public void ThePageParsesToTheSameDocument_WithEveryVisibleSpaceKept()
    {
        var parser = new HtmlParser();
        var before = parser.ParseDocument(Page);
        var after = parser.ParseDocument(Strip(Page));

        AssertSameNode(before.DocumentElement, after.DocumentElement);
        Assert.Contains("Updated 26 November 2026 · 5 min read", Collapse(after.Body!.TextContent));
        Assert.Contains("BLS, May 2022 newer data may exist", Collapse(after.Body.TextContent));
    }

    [Fact]
    public void VerbatimElements_AreKeptByteForByte()
    {
        var stripped = Strip(Page);

        foreach (Match element in VerbatimElements().Matches(Page))
        {
            Assert.Contains(element.Value, stripped);
        }

        Assert.Equal(4, VerbatimElements().Matches(Page).Count);
    }

    [Fact]
    public void AnUnclosedVerbatimElement_KeepsTheRestOfThePage()
    {
        const string html = "<div>\n    <pre>\n    one\n        two";

        Assert.Equal("<div>\n<pre>\n    one\n        two", Strip(html));
    }

    [Fact]
    public void ATagThatOnlyStartsLikeAVerbatimOne_IsStripped()
    {
        const string html = "<preview>\n    a\n</preview>\n<scripture>\n    b</scripture>";

        Assert.Equal("<preview>\na\n</preview>\n<scripture>\nb</scripture>", Strip(html));
    }

    private static string Strip(string html) => Encoding.UTF8.GetString(HtmlIndentation.Remove(Encoding.UTF8.GetBytes(html)));

    /// <summary>Same elements, attributes and comments; text equal once whitespace collapses as CSS collapses it (exactly, inside the verbatim elements).</summary>
    private static void AssertSameNode(INode expected, INode actual)
    {
        Assert.Equal(expected.NodeName, actual.NodeName);
        if (expected is IElement element)
        {
            var attributes = (IElement e) => string.Join(" ", e.Attributes.Select(a => $"{a.Name}={a.Value}"));
            Assert.Equal(attributes(element), attributes((IElement)actual));
        }

        if (expected.NodeType is NodeType.Text or NodeType.Comment)
        {
            var verbatim = expected.Ancestors<IElement>().Any(e => e.LocalName is "pre" or "textarea" or "script" or "style");
            Assert.Equal(verbatim ? expected.TextContent : Collapse(expected.TextContent), verbatim ? actual.TextContent : Collapse(actual.TextContent));
        }

        Assert.Equal(expected.ChildNodes.Length, actual.ChildNodes.Length);
        for (var i = 0; i < expected.ChildNodes.Length; i++)
        {
            AssertSameNode(expected.ChildNodes[i], actual.ChildNodes[i]);
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(pre|textarea|script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex VerbatimElements();
}
