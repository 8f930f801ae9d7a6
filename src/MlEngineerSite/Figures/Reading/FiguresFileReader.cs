using System.Globalization;
using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Figures.Reading;

/// <summary>Reads data/figures.yaml: tables of figures, each with value, unit, date and source, and the quick-facts keys.</summary>
public static class FiguresFileReader
{
    public const string RelativePath = FigureCatalog.FiguresFile;

    private static readonly string[] FileKeys = ["quick_facts", "quick_facts_note", "tables", "charts", "side_by_side", "occupation"];
    private static readonly int[] Percentiles = [10, 25, 50, 75, 90];
    private static readonly string[] TableKeys = ["id", "title", "description", "figures"];
    private static readonly string[] FigureKeys =
        ["key", "label", "value", "unit", "per", "scale", "approx", "qualifier", "sign", "period", "date", "geography", "measures", "source", "url", "percentile"];

    public static FigureCatalog Read(string text, ComparisonTable? comparison, FigureAge age, ContentDiagnostics diagnostics)
    {
        var yaml = new YamlFile(RelativePath, diagnostics);
        if (yaml.Parse(text) is not { } root)
        {
            return new FigureCatalog([]) { Comparison = comparison };
        }

        yaml.RejectUnknownKeys(root, FileKeys);
        var seenKeys = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var seenTables = new HashSet<string>(StringComparer.Ordinal);
        var tables = yaml.Sequence(root, "tables", node => ReadTable(yaml, node, seenTables, seenKeys, age), required: true).ToList();
        var invalidKeys = InvalidKeys(root, seenKeys);

        return new FigureCatalog(tables)
        {
            QuickFacts = yaml.Sequence(root, "quick_facts", node => FigureByKey(yaml, node, seenKeys, invalidKeys, "quick fact")).ToList(),
            QuickFactsNote = yaml.String(root, "quick_facts_note"),
            Charts = yaml.Sequence(root, "charts", node => ReadChart(yaml, node, seenKeys, invalidKeys)).ToList(),
            Grids = yaml.Sequence(root, "side_by_side", node => ReadGrid(yaml, node, seenKeys, invalidKeys)).ToList(),
            Occupation = yaml.Find(root, "occupation") is { } occupation ? ReadOccupation(yaml, occupation, seenKeys, invalidKeys) : null,
            Comparison = comparison,
            InvalidKeys = invalidKeys,
        };
    }

    /// <summary>Keys written in the file whose figures have errors (already reported where they are defined).</summary>
    private static HashSet<string> InvalidKeys(YamlMappingNode root, Dictionary<string, Figure> seenKeys) =>
        root.Children.TryGetValue(new YamlScalarNode("tables"), out var tables) && tables is YamlSequenceNode sequence
            ? sequence.OfType<YamlMappingNode>()
                .SelectMany(t => t.Children.TryGetValue(new YamlScalarNode("figures"), out var f) && f is YamlSequenceNode figures ? figures.OfType<YamlMappingNode>() : [])
                .Select(f => f.Children.TryGetValue(new YamlScalarNode("key"), out var k) ? (k as YamlScalarNode)?.Value : null)
                .OfType<string>()
                .Where(key => !seenKeys.ContainsKey(key))
                .ToHashSet(StringComparer.Ordinal)
            : [];

    private static Figure? FigureByKey(YamlFile yaml, YamlNode node, Dictionary<string, Figure> seenKeys, HashSet<string> invalidKeys, string what)
    {
        if (node is YamlScalarNode { Value: { } key } && seenKeys.TryGetValue(key, out var figure))
        {
            return figure;
        }

        if (node is YamlScalarNode { Value: { } invalid } && invalidKeys.Contains(invalid))
        {
            return null;
        }

        yaml.Error(node, $"{what} '{(node as YamlScalarNode)?.Value}' is not the key of any figure in this file");
        return null;
    }

    private static FigureChart? ReadChart(YamlFile yaml, YamlNode node, Dictionary<string, Figure> seenKeys, HashSet<string> invalidKeys)
    {
        if (yaml.Mapping(node, "chart") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "id", "title", "description", "figures", "labels");
        var id = yaml.String(map, "id", required: true);
        var title = yaml.String(map, "title", required: true);
        var figures = yaml.Sequence(map, "figures", f => FigureByKey(yaml, f, seenKeys, invalidKeys, "chart figure"), required: true).ToList();
        if (id is not null && !SitePath.IsSlug(id))
        {
            yaml.Error(yaml.Find(map, "id")!, $"chart id '{id}' may use only lower-case letters, digits and hyphens");
            return null;
        }

        if (figures.Any(f => f.Number is null) || figures.Select(f => (f.Unit, f.Per, f.Scale)).Distinct().Count() > 1)
        {
            yaml.Error(map, $"chart '{id}' must show numbers in one unit: its figures have {string.Join(", ", figures.Select(f => f.Number is null ? "text" : $"{f.Unit}/{f.Per}").Distinct())}");
            return null;
        }

        var labels = yaml.Sequence(map, "labels", l => l is YamlScalarNode { Value: { Length: > 0 } label } ? label : null).ToList();
        if (yaml.Find(map, "labels") is { } labelsNode && labels.Count != figures.Count)
        {
            yaml.Error(labelsNode, $"chart '{id}' has {labels.Count} labels for {figures.Count} figures: give one label per figure, in the same order");
            return null;
        }

        return id is null || title is null || figures.Count == 0
            ? null
            : new FigureChart(id, title, yaml.String(map, "description"), figures, labels.Count > 0 ? labels : [.. figures.Select(f => f.Label)]);
    }

    private static FigureGrid? ReadGrid(YamlFile yaml, YamlNode node, Dictionary<string, Figure> seenKeys, HashSet<string> invalidKeys)
    {
        if (yaml.Mapping(node, "side-by-side table") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "id", "title", "description", "columns", "rows");
        var id = yaml.String(map, "id", required: true);
        var title = yaml.String(map, "title", required: true);
        var columns = yaml.Sequence(map, "columns", c => c is YamlScalarNode { Value: { Length: > 0 } column } ? column : null, required: true).ToList();
        if (id is not null && !SitePath.IsSlug(id))
        {
            yaml.Error(yaml.Find(map, "id")!, $"side-by-side id '{TextExcerpt.Quote(id)}' may use only lower-case letters, digits and hyphens");
            return null;
        }

        var rows = yaml.Sequence(map, "rows", r => ReadGridRow(yaml, r, columns.Count, seenKeys, invalidKeys), required: true).ToList();
        return id is null || title is null || columns.Count == 0 ? null : new FigureGrid(id, title, yaml.String(map, "description"), columns, rows);
    }

    /// <summary>A row: its label and one figure key per column, or <c>~</c> where no figure is published.</summary>
    private static FigureGridRow? ReadGridRow(YamlFile yaml, YamlNode node, int columns, Dictionary<string, Figure> seenKeys, HashSet<string> invalidKeys)
    {
        if (yaml.Mapping(node, "row") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "label", "figures");
        var label = yaml.String(map, "label", required: true);
        if (yaml.Find(map, "figures") is not YamlSequenceNode keys)
        {
            yaml.Error(map, "each row needs 'figures': one figure key per column (~ for none)");
            return null;
        }

        var cells = keys.Children
            .Select(k => k is YamlScalarNode { Value: null or "" or "~" or "null" } ? null : FigureByKey(yaml, k, seenKeys, invalidKeys, "side-by-side figure"))
            .ToList();
        if (cells.Count != columns)
        {
            yaml.Error(keys, $"row '{TextExcerpt.Quote(label)}' has {cells.Count} figures but there are {columns} columns");
            return null;
        }

        return label is null ? null : new FigureGridRow(label, cells);
    }

    private static Occupation? ReadOccupation(YamlFile yaml, YamlNode node, Dictionary<string, Figure> seenKeys, HashSet<string> invalidKeys)
    {
        if (yaml.Mapping(node, "occupation") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "name", "description", "country", "education", "skills", "pay", "page");
        var name = yaml.String(map, "name", required: true);
        var description = yaml.String(map, "description", required: true);
        var country = yaml.String(map, "country", required: true);
        var education = yaml.Find(map, "education") is { } educationNode ? FigureByKey(yaml, educationNode, seenKeys, invalidKeys, "education figure") : null;
        var skills = yaml.Sequence(map, "skills", s => s is YamlScalarNode { Value: { Length: > 0 } skill } ? skill : null).ToList();
        var pay = yaml.Sequence(map, "pay", f => FigureByKey(yaml, f, seenKeys, invalidKeys, "pay figure"), required: true).ToList();
        foreach (var figure in pay.Where(f => f.Percentile is null || !FigureFormatter.IsCurrency(f.Unit)))
        {
            yaml.Error(yaml.Find(map, "pay")!, $"pay figure '{figure.Key}' needs a currency unit and a 'percentile'");
        }

        var page = yaml.String(map, "page");
        if (page is not null && !SitePath.IsSlug(page))
        {
            yaml.Error(yaml.Find(map, "page")!, $"page '{TextExcerpt.Quote(page)}' must be an article's slug (lower-case letters, digits and hyphens)");
            page = null;
        }

        var pageLine = page is null ? 0 : yaml.LineOf(yaml.Find(map, "page")!);
        return name is null || description is null || country is null ? null : new Occupation(name, description, country, education, skills, pay, page, pageLine);
    }

    private static FigureTable? ReadTable(
        YamlFile yaml, YamlNode node, HashSet<string> seenTables, Dictionary<string, Figure> seenKeys, FigureAge age)
    {
        if (yaml.Mapping(node, "table") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, TableKeys);
        var id = yaml.String(map, "id", required: true);
        var title = yaml.String(map, "title", required: true);
        if (id is not null && !SitePath.IsSlug(id))
        {
            yaml.Error(yaml.Find(map, "id")!, $"table id '{id}' may use only lower-case letters, digits and hyphens");
        }
        else if (id is not null && !seenTables.Add(id))
        {
            yaml.Error(yaml.Find(map, "id")!, $"table id '{id}' is used twice");
        }

        var figures = yaml.Sequence(map, "figures", f => ReadFigure(yaml, f, id ?? "", seenKeys, age), required: true).ToList();
        return id is null || title is null ? null : new FigureTable(id, title, yaml.String(map, "description"), figures);
    }

    private static Figure? ReadFigure(YamlFile yaml, YamlNode node, string tableId, Dictionary<string, Figure> seenKeys, FigureAge age)
    {
        if (yaml.Mapping(node, "figure") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, FigureKeys);
        var key = yaml.String(map, "key", required: true);
        var label = yaml.String(map, "label", required: true);
        var value = yaml.String(map, "value", required: true);
        var source = yaml.String(map, "source", required: true);
        var dateText = yaml.String(map, "date", required: true);
        var unit = yaml.String(map, "unit");
        var url = yaml.WebAddress(map, "url");

        var date = default(FigureDate);
        if (dateText is not null && !FigureDate.TryParse(dateText, out date))
        {
            yaml.Error(yaml.Find(map, "date")!, $"'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not '{TextExcerpt.Quote(dateText)}'");
            dateText = null;
        }

        decimal? number = null;
        if (value is not null && unit is not null)
        {
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                number = parsed;
            }
            else
            {
                yaml.Error(yaml.Find(map, "value")!, $"'value' must be a number when 'unit' is given, not '{TextExcerpt.Quote(value)}'");
                value = null;
            }
        }

        var per = CheckChoice(yaml, map, "per", FigureFormatter.Periods);
        var scale = CheckChoice(yaml, map, "scale", FigureFormatter.Scales);
        if (key is not null && !SitePath.IsSlug(key))
        {
            yaml.Error(yaml.Find(map, "key")!, $"figure key '{key}' may use only lower-case letters, digits and hyphens");
            key = null;
        }
        else if (key is not null && seenKeys.TryGetValue(key, out var earlier))
        {
            yaml.Error(yaml.Find(map, "key")!, $"figure key '{key}' is already used at {earlier.DefinedAt}");
            key = null;
        }

        var percentile = yaml.Integer(map, "percentile");
        if (percentile is { } p && !Percentiles.Contains(p))
        {
            yaml.Error(yaml.Find(map, "percentile")!, $"'percentile' must be one of {string.Join(", ", Percentiles)}, not {p}");
        }

        if (key is null || label is null || value is null || source is null || dateText is null)
        {
            return null;
        }

        var stale = age.IsStale(date.LatestDay);
        if (stale)
        {
            yaml.Warning(map, $"figure '{key}' is from {date.ToEnglishString()}, more than {age.StaleAfterYears} years ago; newer data may exist", kind: "stale figure");
        }

        var figure = new Figure
        {
            Key = key,
            Label = label,
            Number = number,
            Text = number is null ? value : null,
            Unit = unit,
            Per = per,
            Scale = scale,
            Approx = yaml.String(map, "approx"),
            Qualifier = yaml.String(map, "qualifier"),
            Signed = yaml.Boolean(map, "sign"),
            Period = yaml.String(map, "period"),
            Date = date,
            Geography = yaml.String(map, "geography"),
            Measures = yaml.String(map, "measures"),
            Source = source,
            SourceUrl = url,
            TableId = tableId,
            Percentile = percentile,
            IsStale = stale,
            DefinedAt = $"{RelativePath}:{yaml.LineOf(map)}",
        };
        seenKeys[key] = figure;
        return figure;
    }

    private static string? CheckChoice(YamlFile yaml, YamlMappingNode map, string key, IReadOnlyCollection<string> allowed)
    {
        var value = yaml.String(map, key);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        yaml.Error(yaml.Find(map, key)!, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{TextExcerpt.Quote(value)}'");
        return null;
    }

}
