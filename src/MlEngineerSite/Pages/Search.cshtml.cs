using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;
using MlEngineerSite.Search;

namespace MlEngineerSite.Pages;

/// <summary>/search?q=...: sections that answer the question, rendered on the server; rate-limited per client.</summary>
[EnableRateLimiting(SearchServices.RateLimitPolicy)]
public sealed class SearchModel(ContentStore store, SearchIndexer search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    public IReadOnlyList<Article> Suggestions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = (Query ?? "").Trim();
        Query = query.Length > SearchOptions.MaxQueryLength ? query[..SearchOptions.MaxQueryLength] : query;
        var content = store.Current;
        Results = await search.SearchAsync(Query, HttpContext.RequestAborted);
        Suggestions = Results.Count == 0 ? [.. content.Articles.Take(6)] : [];
    }
}
