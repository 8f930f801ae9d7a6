using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Pages.Tags;

public sealed class TagsModel(ContentStore store) : PageModel
{
    public ContentSnapshot Snapshot { get; } = store.Current;

    public IReadOnlyList<TagPage> Tags => Snapshot.Tags;
}
