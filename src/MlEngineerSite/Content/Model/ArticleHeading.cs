namespace MlEngineerSite.Content.Model;

/// <summary>A heading of an article with its stable ID, for the table of contents and links.</summary>
public sealed record ArticleHeading(int Level, string Id, string Text, int Line);
