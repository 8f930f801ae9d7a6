using MlEngineerSite.Content.Model;
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

        var sectionCount = Update(folder, PublishedAnchorRegister.FileName, snapshot.Articles, PublishedAnchorRegister.Update, out var addedSections);
        output.WriteLine($"{Path.Combine(folder, PublishedAnchorRegister.FileName)}: {addedSections} new section ID(s) registered, {sectionCount} in all");
        var articleCount = Update(folder, PublishedArticleRegister.FileName, snapshot.Articles, (existing, articles) => PublishedArticleRegister.Update(existing, articles, today), out var addedArticles);
        output.WriteLine($"{Path.Combine(folder, PublishedArticleRegister.FileName)}: {addedArticles} new article(s) registered as first published on {today:yyyy-MM-dd}, {articleCount} in all");
        return 0;
    }

    /// <summary>Rewrites one register with the articles added; returns how many entries it holds, and how many it gained.</summary>
    private static int Update(string folder, string fileName, IReadOnlyList<Article> articles, Func<string?, IEnumerable<Article>, string> update, out int added)
    {
        var path = Path.Combine(folder, fileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var updated = update(existing, articles);
        added = Count(updated) - (existing is null ? 0 : Count(update(existing, [])));
        File.WriteAllText(path, updated);
        return Count(updated);
    }

    private static int Count(string register) => register.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
}
