namespace MlEngineerSite.Cards;

/// <summary>Where the card of a page is: <c>/cards</c> plus the page's own path and <c>.png</c> (the home page's is <c>/cards/index.png</c>).</summary>
public static class CardPaths
{
    public const string Prefix = "/cards/";

    public static string For(string pagePath) =>
        Prefix + (pagePath is "/" or "" ? "index" : pagePath.Trim('/')) + ".png";
}
