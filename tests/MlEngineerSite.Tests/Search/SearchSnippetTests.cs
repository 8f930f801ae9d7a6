using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Search;

/// <summary>The text a result's snippet is cut from keeps the boundaries a reader sees between list items and cells.</summary>
public sealed class SearchSnippetTests
{
    private const string Article = """
        ---
        title: Tools
        description: The libraries ML engineers use.
        ---

        ## Libraries

        Engineers build on libraries:

        - TensorFlow and PyTorch
        - scikit-learn, a Python library.
        - AT&T's own toolkit
        - **Keras**

        | Library | Use |
        |---|---|
        | XGBoost | boosted trees |
        """;

    private static string SnippetText(string query, string article = Article)
    {
        using var content = new TempContent(copyBasic: false).Write("articles/tools.md", article);
        var snapshot = ContentLoader.Load(content.Folder, TestClock.Options).Snapshot!;
        var snippet = Assert.Single(MlEngineerSite.Search.SearchIndex.Build(snapshot.Articles).Search(query)).SnippetHtml;
        return System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "").Replace("</mark>", ""));
    }

    [Fact]
    public void ListItemsAndCells_AreSeparated_WhereTheirTextHasNoPunctuation()
    {
        var text = SnippetText("pytorch");

        Assert.Equal("Engineers build on libraries: TensorFlow and PyTorch; scikit-learn, a Python library. AT&T's own toolkit; Keras; Library; Use; XGBoost; boosted trees", text);
    }

    [Fact]
    public void ASnippetCutFromTheMiddleOfAList_StartsWithAWord_NotASeparator()
    {
        var items = string.Concat(Enumerable.Range(1, 120).Select(i => $"- framework{i}\n"));
        var article = $"---\ntitle: Tools\ndescription: Many libraries.\n---\n\n## Libraries\n\n{items}";

        var text = SnippetText("framework97", article);

        Assert.Contains("framework97", text, StringComparison.Ordinal);
        Assert.True(char.IsLetterOrDigit(text[0]), $"The snippet starts with '{text[0]}': {text}");
    }
}
