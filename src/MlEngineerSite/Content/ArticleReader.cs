using System.Text.RegularExpressions;
using Markdig.Syntax;
using MlEngineerSite.Content.Markdown;
using MlEngineerSite.Figures;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Content;

/// <summary>Reads one article file: validates its front matter, renders its Markdown, collects what it cites.</summary>
public static partial class ArticleReader
{
    private const int WordsPerMinute = 230;

    private static readonly string[] Keys = ["title", "description", "slug", "order", "updated", "sources", "aliases", "anchor_aliases"];

    public static Article? Read(
        string relativePath, string text, DateOnly fileDate, FigureCatalog figures, ContentDiagnostics diagnostics)
    {
        if (FrontMatter.Split(text, relativePath, diagnostics) is not { } parts)
        {
            return null;
        }

        // Front matter starts on file line 2, after the opening fence.
        var yaml = new YamlFile(relativePath, diagnostics, lineOffset: 1);
        if (yaml.Parse(parts.Yaml) is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, Keys);
        var title = yaml.String(map, "title", required: true);
        var description = yaml.String(map, "description", required: true);
        var slug = yaml.String(map, "slug") ?? SlugFromFileName(relativePath);
        var slugIsValid = SlugPattern().IsMatch(slug);
        if (!slugIsValid)
        {
            var where = (YamlNode?)yaml.Find(map, "slug") ?? map;
            yaml.Error(where, $"slug '{TextExcerpt.Quote(slug)}' may use only lower-case letters, digits and single hyphens (rename the file or set 'slug:')");
        }

        var sources = yaml.Sequence(map, "sources", node => ReadSource(yaml, node)).ToList();
        var aliases = yaml.Sequence(map, "aliases", node => ReadSlugAlias(yaml, node)).ToList();
        var order = yaml.Integer(map, "order") ?? int.MaxValue;
        var updated = yaml.Date(map, "updated") ?? fileDate;

        MarkdownDocument document;
        try
        {
            document = SiteMarkdown.Parse(parts.Body);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses pathological nesting (thousands of '>' or '[') rather than overflow its stack.
            diagnostics.Error(relativePath, parts.BodyLineOffset + 1, 1, "the Markdown is nested too deeply to render (quotes, lists or brackets inside one another)");
            return null;
        }

        foreach (var (block, linkStarts) in InlineBudgetExtension.Refused(document))
        {
            diagnostics.Error(relativePath, parts.BodyLineOffset + block.Line + 1, 1,
                $"this paragraph or table has {linkStarts:N0} links, brackets or web addresses, more than the {InlineBudgetExtension.MaxLinkStarts:N0} "
                + "that one block may hold (it would take too long to render): split it into smaller paragraphs or tables");
        }

        var resolver = new ArticleResolver(relativePath, parts.BodyLineOffset, diagnostics, figures);
        resolver.Resolve(document);
        var anchorAliases = ReadAnchorAliases(yaml, map, resolver.Headings);

        if (title is null || description is null || !slugIsValid)
        {
            return null;
        }

        var (html, sections) = ArticleRenderer.Render(document, anchorAliases, description);

        return new Article
        {
            Slug = slug,
            Title = title,
            Description = description,
            Order = order,
            Updated = updated,
            Html = html,
            Sections = sections,
            AnchorAliases = anchorAliases,
            Aliases = aliases,
            Headings = resolver.Headings,
            Sources = WithFigureSources(sources, resolver.CitedFigures),
            CitedFigures = [.. resolver.CitedFigures.Distinct()],
            InternalLinks = resolver.InternalLinks,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(CountWords(parts.Body) / (double)WordsPerMinute)),
            EmbedsComparison = resolver.EmbedsComparison,
            EmbedsFigureTables = resolver.EmbedsFigureTables,
            RelativePath = relativePath,
        };
    }

    private static ArticleSource? ReadSource(YamlFile yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "source") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "title", "publisher", "date", "url");
        var title = yaml.String(map, "title", required: true);
        var url = yaml.WebAddress(map, "url");
        return title is null ? null : new ArticleSource(title, yaml.String(map, "publisher"), yaml.String(map, "date"), url);
    }

    private static string? ReadSlugAlias(YamlFile yaml, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } alias } && SlugPattern().IsMatch(alias))
        {
            return alias;
        }

        yaml.Error(node, "each alias must be an old slug: lower-case letters, digits and single hyphens");
        return null;
    }

    /// <summary>
    /// Reads <c>anchor_aliases</c> (old section ID: current section ID). An alias must point at a
    /// heading of this article and must not hide a current heading's ID.
    /// </summary>
    private static Dictionary<string, string> ReadAnchorAliases(YamlFile yaml, YamlMappingNode map, IReadOnlyList<ArticleHeading> headings)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = yaml.Find(map, "anchor_aliases");
        if (node is null)
        {
            return aliases;
        }

        if (node is not YamlMappingNode entries)
        {
            yaml.Error(node, "'anchor_aliases' must be 'old-id: current-id' lines");
            return aliases;
        }

        var ids = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (oldNode, currentNode) in entries.Children)
        {
            var oldId = (oldNode as YamlScalarNode)?.Value ?? "";
            var currentId = (currentNode as YamlScalarNode)?.Value ?? "";
            if (ids.Contains(oldId))
            {
                yaml.Error(oldNode, $"anchor alias '{oldId}' is still the ID of a heading in this article, so it cannot point elsewhere");
            }
            else if (!ids.Contains(currentId))
            {
                yaml.Error(currentNode, $"anchor alias '{oldId}' points at '{currentId}', but no heading in this article has that ID");
            }
            else
            {
                aliases[oldId] = currentId;
            }
        }

        return aliases;
    }

    /// <summary>The article's own sources, then those of the figures it cites, each listed once.</summary>
    private static List<ArticleSource> WithFigureSources(List<ArticleSource> sources, IEnumerable<Figure> cited)
    {
        var all = new List<ArticleSource>(sources);
        foreach (var figure in cited)
        {
            var source = new ArticleSource(figure.Source, null, figure.Date.ToString(), figure.SourceUrl);
            if (!all.Exists(s => s.Title == source.Title))
            {
                all.Add(source);
            }
        }

        return all;
    }

    private static string SlugFromFileName(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath).ToLowerInvariant();

    private static int CountWords(string markdown) =>
        markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
