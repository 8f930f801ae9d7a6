using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Pages;

/// <summary>
/// The page for every error status: re-executed by the status-code and exception middleware,
/// so it keeps the original status and never shows exception details.
/// </summary>
public sealed class ErrorModel(ContentStore store) : PageModel
{
    public int ErrorStatus { get; private set; }

    public bool IsNotFound => ErrorStatus == StatusCodes.Status404NotFound;

    public IReadOnlyList<Article> Articles => [.. store.Current.Articles.Take(8)];

    public void OnGet(int? code)
    {
        // Asked for directly, /error is just an address with nothing at it: only the middleware's re-execution shows an error.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        ErrorStatus = !reExecuted ? StatusCodes.Status404NotFound
            : code is >= 400 and <= 599 ? code.Value
            : StatusCodes.Status500InternalServerError;
        Response.StatusCode = ErrorStatus;
    }
}
