using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MlEngineerSite.Tests;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
