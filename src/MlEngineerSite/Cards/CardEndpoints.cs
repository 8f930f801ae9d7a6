using Microsoft.Extensions.Options;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Cards;

/// <summary>
/// Maps <c>/cards/{page}.png</c>: each page's link-preview card, drawn on the first request for a
/// content version and then served by the response cache (strong ETag, 304, Cache-Control) like any page.
/// </summary>
public static class CardEndpoints
{
    public static IEndpointRouteBuilder MapCards(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CardPaths.Prefix + "{**page}", (string page, ContentStore content, IOptions<SiteOptions> site) =>
            page.EndsWith(".png", StringComparison.Ordinal)
            && Hosting.RouteValue.IsUsable(page)
            && CardFactory.For(page[..^".png".Length], content.Current, site.Value) is { } card
                ? Results.Bytes(CardRenderer.Render(card), "image/png")
                : Results.NotFound());
        return endpoints;
    }
}
