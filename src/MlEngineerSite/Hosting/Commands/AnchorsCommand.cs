using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>anchors [PATH]</c>: adds every current section ID to the content folder's published-anchor
/// register, and every new article to its register of first publication dates (today, or
/// <c>--today</c>). It never drops an entry: a published ID leaves only through an anchor alias, a
/// published article only through an alias.
/// </summary>
public static class AnchorsCommand
{
    public static int Run(string folder, ContentLoadOptions options, TextWriter output, TextWriter errors)
    {
        var today = options.Today;
        var (snapshot, problems) = ContentLoader.Load(folder, options);
        if (snapshot is null)
        {
            ProblemPrinter.Print(errors, folder, problems);

            errors.WriteLine("The registers were not updated: fix the errors above first.");
            return 1;
        }

        var path = Path.Combine(folder, PublishedAnchorRegister.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var updated = PublishedAnchorRegister.Update(existing, snapshot.Articles);
        var added = Count(updated) - (existing is null ? 0 : Count(PublishedAnchorRegister.Update(existing, [])));
        File.WriteAllText(path, updated);
        output.WriteLine($"{path}: {added} new section ID(s) registered, {Count(updated)} in all");

        var articlesPath = Path.Combine(folder, PublishedArticleRegister.FileName);
        var existingArticles = File.Exists(articlesPath) ? File.ReadAllText(articlesPath) : null;
        var updatedArticles = PublishedArticleRegister.Update(existingArticles, snapshot.Articles, today);
        var addedArticles = Count(updatedArticles) - (existingArticles is null ? 0 : Count(PublishedArticleRegister.Update(existingArticles, [], today)));
        File.WriteAllText(articlesPath, updatedArticles);
        output.WriteLine($"{articlesPath}: {addedArticles} new article(s) registered as first published on {today:yyyy-MM-dd}, {Count(updatedArticles)} in all");
        return 0;
    }

    private static int Count(string register) => register.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
}
