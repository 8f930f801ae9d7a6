using System.Globalization;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Reads an article's front matter: the site's own keys, and the keys other tools write for the
/// same things (Hugo, Jekyll, MkDocs, Docusaurus), so a folder from any of them is served as it is.
/// A key the site does not use is ignored with a warning; a value of the wrong type is an error.
/// </summary>
public static partial class FrontMatterReader
{
    /// <summary>The site's own keys, and the other tools' names for them, in the order each is looked for.</summary>
    private static readonly string[] OrderKeys = ["order", "weight", "nav_order", "sidebar_position"];
    private static readonly string[] UpdatedKeys = ["updated", "lastmod", "last_modified_at", "modified"];
    private static readonly string[] DescriptionKeys = ["description", "summary", "excerpt"];
    private static readonly string[] PathKeys = ["permalink", "url"];
    private static readonly string[] PublishKeys = ["publish", "publishDate"];
    private static readonly string[] ExpiresKeys = ["expires", "expiryDate"];

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(
        ["title", "slug", "sources", "aliases", "anchor_aliases", "redirect_from", "tags", "categories", "keywords",
         "author", "authors", "date", "draft", "published", "image", .. PublishKeys, .. ExpiresKeys, .. OrderKeys, .. UpdatedKeys, .. DescriptionKeys, .. PathKeys],
        StringComparer.Ordinal);

    public static ArticleMetadata Read(YamlFile yaml, YamlMappingNode map)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !Known.Contains(name))
            {
                yaml.Warning(key, $"unknown key '{TextExcerpt.Quote(name)}' is ignored (the README lists the keys the site reads, under 'Front matter')", kind: $"unknown key '{TextExcerpt.Quote(name)}' ignored");
            }
        }

        var aliases = yaml.Sequence(map, "aliases", node => Alias(yaml, node))
            .Concat(yaml.Sequence(map, "redirect_from", node => Alias(yaml, node)))
            .ToList();
        var path = PathKeys.Select(k => yaml.String(map, k)).FirstOrDefault(p => p is not null);
        var publish = PublishKeys.Select(k => Moment(yaml, map, k)).FirstOrDefault(m => m is not null);
        var expires = ExpiresKeys.Select(k => Moment(yaml, map, k)).FirstOrDefault(m => m is not null);
        if (publish is { } from && expires is { } until && until <= from)
        {
            var key = ExpiresKeys.First(k => yaml.Find(map, k) is not null);
            yaml.Error(yaml.Find(map, key)!, $"'{key}' ({until:yyyy-MM-dd HH:mm} UTC) must be later than the publication time ({from:yyyy-MM-dd HH:mm} UTC)");
        }

        return new ArticleMetadata
        {
            Title = yaml.String(map, "title"),
            Description = DescriptionKeys.Select(k => yaml.String(map, k)).FirstOrDefault(d => d is not null),
            Slug = yaml.String(map, "slug"),
            Path = path,
            Order = OrderKeys.Select(k => Number(yaml, map, k)).FirstOrDefault(o => o is not null),
            Updated = UpdatedKeys.Select(k => Date(yaml, map, k)).FirstOrDefault(d => d is not null),
            Published = Date(yaml, map, "date"),
            Aliases = aliases.Where(a => !a.Contains('/')).ToList(),
            PathAliases = [.. aliases.Where(a => a.Contains('/')).Select(SitePath.Normalize), .. path is null ? [] : new[] { SitePath.Normalize(path) }],
            Tags = [.. Words(yaml, map, "tags").Concat(Words(yaml, map, "categories")).Distinct(StringComparer.OrdinalIgnoreCase)],
            Keywords = Words(yaml, map, "keywords"),
            Authors = [.. Authors(yaml, map, "author").Concat(Authors(yaml, map, "authors")).Distinct(StringComparer.Ordinal)],
            // Jekyll's 'published: false' is a draft too.
            Draft = yaml.Boolean(map, "draft") || yaml.Find(map, "published") is not null && !yaml.Boolean(map, "published"),
            PublishAt = publish,
            ExpiresAt = expires,
            Image = yaml.WebAddress(map, "image"),
        };
    }

    /// <summary>
    /// An old slug, or (with a '/') an old path that redirects here from anywhere on the site. Another
    /// name for the page (Obsidian's aliases are names, "My Note") is taken as the slug it makes, with a warning.
    /// </summary>
    private static string? Alias(YamlFile yaml, YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
        {
            yaml.Error(node, "each alias must be an old slug (lower-case letters, digits and single hyphens) or an old path starting with '/'");
            return null;
        }

        var alias = value.Trim();
        if (alias.Contains('/') || SitePath.IsSlug(alias))
        {
            return alias;
        }

        var slug = SitePath.Slugify(alias);
        if (slug.Length == 0)
        {
            yaml.Warning(node, $"alias '{TextExcerpt.Quote(alias)}' makes no slug (no letters or digits a URL can hold), so it is ignored", "alias that is not a slug");
            return null;
        }

        yaml.Warning(node, $"alias '{TextExcerpt.Quote(alias)}' is not a slug, so the old address it keeps is /articles/{slug}", "alias that is not a slug");
        return slug;
    }

    private static string? Scalar(YamlFile yaml, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }

        yaml.Error(node, $"each {what} must be a text value");
        return null;
    }

    /// <summary>A list of words, written either as a YAML list or as one comma-separated line (Jekyll allows both).</summary>
    private static List<string> Words(YamlFile yaml, YamlMappingNode map, string key) => yaml.Find(map, key) switch
    {
        null => [],
        YamlScalarNode { Value: var line } => [.. (line ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        YamlSequenceNode => [.. yaml.Sequence(map, key, node => Scalar(yaml, node, $"'{key}' entry"))],
        var node => Fail(yaml, node, $"'{key}' must be a list of words"),
    };

    /// <summary>Authors as names: "Ada", [Ada, Grace], or Hugo/Docusaurus maps with a 'name'.</summary>
    private static List<string> Authors(YamlFile yaml, YamlMappingNode map, string key)
    {
        static string? Name(YamlNode node) => node switch
        {
            YamlScalarNode { Value: { Length: > 0 } name } => name.Trim(),
            YamlMappingNode author when author.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { Length: > 0 } text } => text.Trim(),
            _ => null,
        };

        return yaml.Find(map, key) switch
        {
            null => [],
            YamlSequenceNode list => [.. list.Children.Select(Name).OfType<string>()],
            var node when Name(node) is { } single => [single],
            var node => Fail(yaml, node, $"'{key}' must be a name, a list of names, or 'name:' entries"),
        };
    }

    private static List<string> Fail(YamlFile yaml, YamlNode node, string message)
    {
        yaml.Error(node, message);
        return [];
    }

    private static double? Number(YamlFile yaml, YamlMappingNode map, string key)
    {
        var text = yaml.String(map, key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        yaml.Error(yaml.Find(map, key)!, $"'{key}' must be a number, not '{TextExcerpt.Quote(text)}'");
        return null;
    }

    /// <summary>
    /// A moment as Hugo, Jekyll and ISO 8601 write it: a date (midnight UTC), or a date and time with
    /// <c>Z</c> or an offset (<c>2027-01-15T09:00Z</c>, <c>2027-01-15 10:00:00 +01:00</c>). A time
    /// without a zone is an error: the server's zone is not the editor's.
    /// </summary>
    private static DateTimeOffset? Moment(YamlFile yaml, YamlMappingNode map, string key)
    {
        var text = yaml.String(map, key);
        if (text is null)
        {
            return null;
        }

        var match = MomentPattern().Match(text);
        if (!match.Success)
        {
            yaml.Error(yaml.Find(map, key)!, $"'{key}' must be a date (YYYY-MM-DD) or a date and time with its zone (2027-01-15T09:00Z, 2027-01-15T10:00+01:00), not '{TextExcerpt.Quote(text)}'");
            return null;
        }

        if (!match.Groups["time"].Success)
        {
            return DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : Invalid();
        }

        if (!match.Groups["zone"].Success)
        {
            yaml.Error(yaml.Find(map, key)!, $"'{key}' gives a time without a zone: add Z for UTC or the offset, as in {match.Groups["date"].Value}T{match.Groups["time"].Value}Z");
            return null;
        }

        var zone = match.Groups["zone"].Value;
        var iso = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}{(zone is "Z" or "z" ? "Z" : zone.Length == 5 ? zone.Insert(3, ":") : zone)}";
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? moment.ToUniversalTime() : Invalid();

        DateTimeOffset? Invalid()
        {
            yaml.Error(yaml.Find(map, key)!, $"'{key}' is not a real date and time: '{TextExcerpt.Quote(text)}'");
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)\s*(?<zone>[Zz]|[+-]\d{2}:?\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex MomentPattern();

    /// <summary>A date as the tools write it: 2026-11-26, or a timestamp (2026-11-26T09:00:00Z, "2026-11-26 09:00:00 +0100").</summary>
    private static DateOnly? Date(YamlFile yaml, YamlMappingNode map, string key)
    {
        var text = yaml.String(map, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp) && text.Length >= 10 && char.IsAsciiDigit(text[0]))
        {
            return DateOnly.FromDateTime(timestamp.UtcDateTime);
        }

        yaml.Error(yaml.Find(map, key)!, $"'{key}' must be a date written YYYY-MM-DD (or a timestamp), not '{TextExcerpt.Quote(text)}'");
        return null;
    }
}

/// <summary>What an article's front matter says about it; every field is optional.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata None { get; } = new();

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Slug { get; init; }

    /// <summary>A path the page was published at by another tool (<c>permalink</c>, <c>url</c>).</summary>
    public string? Path { get; init; }

    public double? Order { get; init; }
    public DateOnly? Updated { get; init; }
    public DateOnly? Published { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Old site paths that redirect here (Hugo <c>aliases: [/old/path/]</c>, Jekyll <c>redirect_from</c>, a <c>permalink</c>).</summary>
    public IReadOnlyList<string> PathAliases { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>When the article goes live (<c>publish</c>, Hugo's <c>publishDate</c>); until then it is absent everywhere.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>When the article is taken down (<c>expires</c>, Hugo's <c>expiryDate</c>).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>A picture for the page's link preview (an http or https address).</summary>
    public string? Image { get; init; }
}
