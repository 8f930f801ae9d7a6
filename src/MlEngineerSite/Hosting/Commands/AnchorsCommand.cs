using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Sharing;

namespace MlEngineerSite.Hosting.Commands;

/// <summary>
/// <c>anchors [PATH]</c>: adds every current section ID to the content folder's published-anchor
/// register. It never drops an entry: a published ID leaves only through an anchor alias.
/// </summary>
public static class AnchorsCommand
{
    public static int Run(string folder, TextWriter output, TextWriter errors)
    {
        var (snapshot, problems) = ContentLoader.Load(folder, SiteCommands.LoadOptions());
        if (snapshot is null)
        {
            ProblemPrinter.Print(errors, folder, problems);

            errors.WriteLine("The register was not updated: fix the errors above first.");
            return 1;
        }

        var path = Path.Combine(folder, PublishedAnchorRegister.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var updated = PublishedAnchorRegister.Update(existing, snapshot.Articles);
        var added = Count(updated) - (existing is null ? 0 : Count(PublishedAnchorRegister.Update(existing, [])));
        File.WriteAllText(path, updated);
        output.WriteLine($"{path}: {added} new section ID(s) registered, {Count(updated)} in all");
        return 0;
    }

    private static int Count(string register) => register.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
}
