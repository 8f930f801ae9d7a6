using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Search;

namespace MlEngineerSite.Tests.Search;

/// <summary>Search stems and folds in the site's language (Lucene's analyzer for it), chosen by site.yaml.</summary>
public sealed class SearchLanguageTests
{
    private static IReadOnlyList<SearchResult> Search(string language, string text, string query)
    {
        using var content = new TempContent()
            .Write("site.yaml", $"language: {language}\n")
            .Write("articles/wort.md", $"---\ntitle: Wortwahl\ndescription: Ein Artikel über Wörter.\n---\n\n## Im Team\n\n{text}\n");
        var (snapshot, problems) = ContentLoader.Load(content.Folder, TestClock.Options);
        Assert.True(snapshot is not null, string.Join("\n", problems));
        return SearchIndex.Build(snapshot.ArticlesAndPages, snapshot.Brand.Language.Code).Search(query);
    }

    [Theory]
    [InlineData("Im Team arbeiten Ingenieure eng mit der Fachabteilung zusammen.", "Ingenieur")]
    [InlineData("Im Team arbeiten Ingenieurinnen eng mit der Fachabteilung zusammen.", "Ingenieurin")]
    [InlineData("Die Gehälter hängen von der Region ab.", "Gehalter")]
    [InlineData("Die Gehälter hängen von der Region ab.", "Gehalt")]
    public void AGermanSite_FindsTheWordsOtherForms(string text, string query) =>
        Assert.Contains(Search("de", text, query), r => r.Url == "/articles/wort#im-team");

    [Fact]
    public void AnEnglishSite_DoesNotStemGerman() => // So the German analyzer is what finds the forms above.
        Assert.DoesNotContain(Search("en", "Die Gehälter hängen von der Region ab.", "Gehalt"), r => r.Url == "/articles/wort#im-team");

    [Fact]
    public void AFrenchSite_ReadsThroughElisionsAndPlurals()
    {
        Assert.Contains(Search("fr", "L'ingénieure travaille avec les équipes de données.", "ingénieur équipe"), r => r.Url == "/articles/wort#im-team");
    }
}
