using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Hosting;

namespace MlEngineerSite.Pages.Articles;

public sealed class ArticleModel(ContentStore store) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The site's name and language, for the page's structured data.</summary>
    public Branding.SiteBrand Brand => store.Current.Brand;

    public Article? Previous { get; private set; }
    public Article? Next { get; private set; }

    /// <summary>Set on the figures article (figures.yaml's occupation.page, or the article citing the most figures): it shows the occupation at a glance, with its structured data.</summary>
    public Figures.Occupation? Occupation { get; private set; }

    public IActionResult OnGet(string slug)
    {
        if (!RouteValue.IsUsable(slug))
        {
            return NotFound();
        }

        var content = store.Current;
        if (content.ByAlias.TryGetValue(slug, out var renamed))
        {
            return RedirectPermanent(RedirectLocation.For(renamed.Url, Request.QueryString));
        }

        if (!content.BySlug.TryGetValue(slug, out var article))
        {
            return NotFound();
        }

        Article = article;
        (Previous, Next) = content.Neighbours(article);
        Occupation = content.FiguresArticle == article ? content.Figures.Occupation : null;
        return Page();
    }
}
