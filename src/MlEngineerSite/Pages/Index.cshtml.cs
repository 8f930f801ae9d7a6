using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Pages;

public sealed class IndexModel(ContentStore store, IOptions<SiteOptions> site) : PageModel
{
    public ContentSnapshot Snapshot { get; } = store.Current;

    public SiteOptions Site { get; } = site.Value;
}
