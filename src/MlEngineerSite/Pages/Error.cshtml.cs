using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content;

namespace MlEngineerSite.Pages;

/// <summary>
/// The page for every error status: re-executed by the status-code and exception middleware,
/// so it keeps the original status and never shows exception details.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ContentStore store) : PageModel
{
    public int ErrorStatus { get; private set; }

    public bool IsNotFound => ErrorStatus == StatusCodes.Status404NotFound;

    public IReadOnlyList<Article> Articles => [.. store.Current.Articles.Take(8)];

    public void OnGet(int? code) => Respond(code);

    public void OnPost(int? code) => Respond(code);

    private void Respond(int? code)
    {
        ErrorStatus = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = ErrorStatus;
    }
}
