using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Pages.Articles;

/// <summary>
/// One section as a page of its own, for sharing: its link preview shows the section, not the
/// whole article. Old slugs and old section IDs answer 301 to the current address.
/// </summary>
public sealed class SectionModel(ContentStore store) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The site's name and language, for the page's structured data.</summary>
    public Branding.SiteBrand Brand => store.Current.Brand;

    public ArticleSection Section { get; private set; } = null!;

    public IActionResult OnGet(string slug, string sectionId)
    {
        if (!RouteValue.IsUsable(slug) || !RouteValue.IsUsable(sectionId))
        {
            return NotFound();
        }

        var content = store.Current;
        var renamed = content.ByAlias.GetValueOrDefault(slug);
        if ((renamed ?? content.BySlug.GetValueOrDefault(slug)) is not { } article
            || article.FindSection(sectionId, out var isAlias) is not { } section)
        {
            return NotFound();
        }

        if (renamed is not null || isAlias)
        {
            return RedirectPermanent(RedirectLocation.For(article.SectionUrl(section), Request.QueryString));
        }

        (Article, Section) = (article, section);
        return Page();
    }
}
