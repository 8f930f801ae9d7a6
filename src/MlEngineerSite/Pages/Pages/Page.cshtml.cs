using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Pages.Pages;

/// <summary>A page of the content folder's pages/ (About, Contact, Book an appointment).</summary>
public sealed class ContentPageModel(ContentStore store) : PageModel
{
    /// <summary>The page's file, read as an article is (<see cref="Article.IsPage"/>).</summary>
    public Article Entry { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (!RouteValue.IsUsable(slug) || !store.Current.PagesBySlug.TryGetValue(slug, out var page))
        {
            return NotFound();
        }

        if (page.Slug != slug)
        {
            return RedirectPermanent(RedirectLocation.For(page.Url, Request.QueryString)); // One address per page.
        }

        Entry = page;
        return Page();
    }
}
