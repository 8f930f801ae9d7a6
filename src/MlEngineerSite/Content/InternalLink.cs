namespace MlEngineerSite.Content;

/// <summary>A link from an article to a page of this site, checked once every article is loaded.</summary>
public sealed record InternalLink(string Path, string? Fragment, int Line, int Column);
