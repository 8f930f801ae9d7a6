namespace MlEngineerSite.Content.Model;

/// <summary>A document an article draws on, from its front matter or from a figure it cites.</summary>
public sealed record ArticleSource(string Title, string? Publisher, string? Date, string? Url);
