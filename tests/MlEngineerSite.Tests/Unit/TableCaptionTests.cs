using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;

namespace MlEngineerSite.Tests.Unit;

/// <summary>Every Markdown table has a caption: Pandoc's "Table:" paragraph, else its section's heading for screen readers only.</summary>
public sealed class TableCaptionTests
{
    private const string Table = "| Tool | Use |\n|---|---|\n| PyTorch | Training |\n";

    private static AngleSharp.Dom.IElement Caption(string body)
    {
        var diagnostics = new ContentDiagnostics();
        var article = ArticleReader.Read("articles/test.md", "---\ntitle: Tools & <more>\ndescription: D.\n---\n" + body, new DateOnly(2025, 1, 1), new FigureCatalog([]), diagnostics);
        Assert.Empty(diagnostics.Problems);
        var tables = Html.Parse(article!.Html).QuerySelectorAll("table");
        Assert.Single(tables);
        return Assert.Single(tables[0].Children, c => c.LocalName == "caption");
    }

    [Theory]
    [InlineData("Table: What each tool is for\n\n" + Table)]
    [InlineData(Table + "\nTable: What each tool is for\n")]
    [InlineData("## Tools\n\n" + Table + "\ntable: What each tool is for\n")]
    public void PandocCaption_BeforeOrAfterTheTable_IsItsVisibleCaption_AndNotAParagraph(string body)
    {
        var caption = Caption(body);

        Assert.Equal("What each tool is for", caption.TextContent);
        Assert.False(caption.ClassList.Contains("visually-hidden"));
        Assert.DoesNotContain("What each tool", caption.Owner!.QuerySelectorAll("p").Select(p => p.TextContent).FirstOrDefault() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TableWithoutACaption_IsCaptionedForScreenReaders_ByItsSectionsHeading()
    {
        var caption = Caption("## Tools\n\nIntro.\n\n### Frameworks *today*\n\nSome text.\n\n- A list\n\n" + Table);

        Assert.Equal("Frameworks today", caption.TextContent);
        Assert.Contains("visually-hidden", caption.ClassList);
    }

    [Fact]
    public void TableBeforeAnyHeading_IsCaptionedByThePageTitle_Encoded()
    {
        var caption = Caption("> " + Table.Replace("\n", "\n> ", StringComparison.Ordinal));

        Assert.Equal("Tools & <more>", caption.TextContent);
        Assert.Contains("&amp; &lt;more&gt;", caption.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphThatMerelyMentionsATable_StaysAParagraph()
    {
        var caption = Caption("## Tools\n\nThe table below: tools.\n\n" + Table);

        Assert.Equal("Tools", caption.TextContent);
    }
}
