using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Pages.Tags;

/// <summary>The articles that carry one tag (front matter <c>tags</c> or <c>categories</c>), with their own feed.</summary>
public sealed class TagModel(ContentStore store) : PageModel
{
    public TagPage Tag { get; private set; } = null!;

    public IActionResult OnGet(string tag)
    {
        if (!RouteValue.IsUsable(tag) || !store.Current.TagsBySlug.TryGetValue(tag, out var page))
        {
            return NotFound();
        }

        Tag = page;
        return Page();
    }
}
