using Markdig.Syntax;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Content.Markdown;

/// <summary>Reads one article file: validates its front matter, renders its Markdown, collects what it cites.</summary>
public static class ArticleReader
{
    private const int WordsPerMinute = 230;

    /// <summary>The files that are a folder's own page, as MkDocs, GitHub and Hugo name them.</summary>
    private static readonly string[] FolderPageNames = ["index", "readme", "_index"];

    /// <summary>
    /// Reads one article; <paramref name="linkFixes"/>, on a second reading after the link check, are
    /// the links to change (see Publishing.LinkChecker). A draft is read only in preview mode
    /// (<paramref name="includeDrafts"/>); otherwise it is as if the file were not there.
    /// </summary>
    public static Article? Read(
        string relativePath, string text, DateOnly fileDate, FigureCatalog figures, ContentDiagnostics diagnostics, LinkFixes? linkFixes = null, bool includeDrafts = false)
    {
        if (FrontMatter.Split(text, relativePath, diagnostics) is not { } parts)
        {
            return null;
        }

        // Front matter starts on file line 2, after the opening fence.
        var yaml = new YamlFile(relativePath, diagnostics, lineOffset: 1);
        var map = string.IsNullOrWhiteSpace(parts.Yaml) ? new YamlMappingNode() : yaml.Parse(parts.Yaml);
        if (map is null)
        {
            return null;
        }

        var meta = FrontMatterReader.Read(yaml, map);
        if (meta.Draft && !includeDrafts)
        {
            return null;
        }

        var slug = meta.Slug ?? SlugFromPath(meta.Path) ?? SlugFromFileName(relativePath);
        var slugIsValid = SitePath.IsSlug(slug);
        if (!slugIsValid)
        {
            var where = (YamlNode?)yaml.Find(map, "slug") ?? map;
            yaml.Error(where, $"slug '{TextExcerpt.Quote(slug)}' may use only lower-case letters, digits and single hyphens (rename the file or set 'slug:')");
        }

        var sources = yaml.Sequence(map, "sources", node => ReadSource(yaml, node)).ToList();
        var aliases = meta.Aliases;

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

        var title = PageTitle(document, meta.Title, relativePath, parts.BodyLineOffset, diagnostics);
        var resolver = new ArticleResolver(relativePath, parts.BodyLineOffset, diagnostics, figures, linkFixes) { PageTitle = title };
        resolver.Resolve(document);
        var anchorAliases = ReadAnchorAliases(yaml, map, resolver.Headings);
        var description = meta.Description ?? DescriptionFromText(document, title, relativePath, diagnostics);
        WarnIfCut(meta, title, description, relativePath, diagnostics);

        if (!slugIsValid)
        {
            return null;
        }

        DateOnly? publishDay = meta.PublishAt is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : null;
        var (html, sections) = ArticleRenderer.Render(document, anchorAliases, description, $"/articles/{slug}");

        return new Article
        {
            Slug = slug,
            Title = title,
            Description = description,
            Order = meta.Order ?? double.MaxValue,
            // A page written before its publication day was not updated before it appeared.
            Updated = meta.Updated ?? meta.Published ?? (publishDay > fileDate ? publishDay.Value : fileDate),
            Published = meta.Published ?? publishDay,
            Draft = meta.Draft,
            PublishAt = meta.PublishAt,
            ExpiresAt = meta.ExpiresAt,
            Html = html,
            Sections = sections,
            AnchorAliases = anchorAliases,
            Aliases = aliases,
            PathAliases = FolderSlugPath(relativePath, meta.Slug) is { } own ? [.. meta.PathAliases, own] : meta.PathAliases,
            Tags = meta.Tags,
            Keywords = meta.Keywords,
            Authors = meta.Authors,
            Image = meta.Image,
            Folder = FolderOf(relativePath),
            Headings = resolver.Headings,
            Sources = WithFigureSources(sources, resolver.CitedFigures),
            CitedFigures = [.. resolver.CitedFigures.Distinct()],
            InternalLinks = resolver.InternalLinks,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(Whitespace.CountWords(parts.Body) / (double)WordsPerMinute)),
            EmbedsComparison = resolver.EmbedsComparison,
            EmbedsFigureTables = resolver.EmbedsFigureTables,
            RelativePath = relativePath,
        };
    }

    /// <summary>
    /// The page title: the front matter's, else the first heading when it is a level-1 heading at the
    /// top (MkDocs' convention), else the file name. A level-1 heading that repeats the title is
    /// dropped (the page shows the title as its one h1); any other is made a level-2 heading.
    /// </summary>
    private static string PageTitle(MarkdownDocument document, string? given, string relativePath, int lineOffset, ContentDiagnostics diagnostics)
    {
        var first = document.FirstOrDefault(b => b is not LinkReferenceDefinitionGroup) as HeadingBlock;
        var firstText = first is { Level: 1 } ? InlineText.Of(first.Inline).Trim() : null;
        string title;
        if (given is not null)
        {
            title = given;
        }
        else if (firstText is { Length: > 0 })
        {
            title = firstText;
            diagnostics.Warning(relativePath, lineOffset + first!.Line + 1, 1, "no 'title' in front matter: the page title is this heading's text", kind: "title taken from the first heading");
        }
        else
        {
            title = TitleFromFileName(relativePath);
            diagnostics.Warning(relativePath, 1, 1, $"no 'title' in front matter and no '# ' heading first: the page title is '{TextExcerpt.Quote(title)}', from the file name", kind: "title taken from the file name");
        }

        if (first is { Level: 1 } && string.Equals(firstText, title, StringComparison.Ordinal))
        {
            document.Remove(first);
        }

        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
            diagnostics.Warning(relativePath, lineOffset + heading.Line + 1, heading.Column + 1,
                "a level-1 heading inside the article is shown as a level-2 heading: the page title is the page's only h1", kind: "level-1 heading shown as level 2");
        }

        return title;
    }

    /// <summary>Titles over about 70 characters and descriptions over 160 are cut by search results and link previews: the author hears of it.</summary>
    private static void WarnIfCut(ArticleMetadata meta, string title, string description, string relativePath, ContentDiagnostics diagnostics)
    {
        if (meta.Title is not null && title.Length > PageTitleLength)
        {
            diagnostics.Warning(relativePath, 1, 1, $"the title is {title.Length} characters: search results and link previews cut it after about {PageTitleLength}", kind: "title too long for previews");
        }

        if (meta.Description is not null && description.Length > TextExcerpt.DescriptionLength)
        {
            diagnostics.Warning(relativePath, 1, 1, $"the description is {description.Length} characters: search results and link previews cut it after about {TextExcerpt.DescriptionLength}", kind: "description too long for previews");
        }
    }

    /// <summary>The length of a page title (the text of its &lt;title&gt;) that search results show whole.</summary>
    public const int PageTitleLength = 70;

    /// <summary>The first paragraph as a description, when the front matter has none (the sentences that fit, else the title).</summary>
    private static string DescriptionFromText(MarkdownDocument document, string title, string relativePath, ContentDiagnostics diagnostics)
    {
        var paragraph = document.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline).Trim()).FirstOrDefault(t => t.Length > 0);
        diagnostics.Warning(relativePath, 1, 1, paragraph is null
            ? "no 'description' in front matter and no paragraph to take one from: the title is used"
            : "no 'description' in front matter: it is taken from the first paragraph", kind: "description taken from the text");
        return paragraph is null ? title : TextExcerpt.Description(paragraph);
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

    /// <summary>
    /// The slug of a file: its path under articles/ with folders joined by hyphens
    /// (articles/guides/first_steps.md is guides-first-steps); a folder's index.md, README.md or
    /// _index.md is the folder's own page (guides). Names are slugified, so underscores and spaces are fine.
    /// </summary>
    public static string SlugFromFileName(string relativePath)
    {
        var parts = relativePath.Split('/').Skip(1).ToList(); // Without "articles".
        parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]);
        if (parts.Count > 1 && FolderPageNames.Contains(parts[^1].ToLowerInvariant()))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var slug = SitePath.Slugify(string.Join('-', parts));
        return slug.Length > 0 ? slug : "page-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(relativePath)))[..8];
    }

    /// <summary>The slug a permalink implies: its last segment (/docs/getting-started/ is getting-started).</summary>
    private static string? SlugFromPath(string? path) =>
        path is null ? null : SitePath.Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } last ? SitePath.Slugify(last) is { Length: > 0 } slug ? slug : null : null;

    private static string TitleFromFileName(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        if (FolderPageNames.Contains(name.ToLowerInvariant()) && relativePath.Count(c => c == '/') > 1)
        {
            name = Path.GetFileName(Path.GetDirectoryName(relativePath)!);
        }

        var words = name.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Hugo's path for a page with a slug of its own in a section: /docs/start for docs/getting-started.md with 'slug: start'.</summary>
    private static string? FolderSlugPath(string relativePath, string? slug) =>
        slug is null || FolderOf(relativePath) is not { Length: > 0 } folder ? null : SitePath.Normalize($"{folder}/{slug}");

    /// <summary>The sub-folder of articles/ a file is in ("" at the top), for grouping on the home page.</summary>
    private static string FolderOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length <= 2 ? "" : string.Join('/', parts[1..^1]);
    }
}
