using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Figures.Reading;

/// <summary>Reads data/comparison.yaml: a caption, the compared roles as columns, and one row per topic.</summary>
public static class ComparisonFileReader
{
    public const string RelativePath = FigureCatalog.ComparisonFile;

    public static ComparisonTable? Read(string text, ContentDiagnostics diagnostics)
    {
        var yaml = new YamlFile(RelativePath, diagnostics);
        if (yaml.Parse(text) is not { } root)
        {
            return null;
        }

        yaml.RejectUnknownKeys(root, "caption", "columns", "rows", "source", "url");
        var caption = yaml.String(root, "caption", required: true);
        var columns = yaml.Sequence(root, "columns", node => ScalarText(yaml, node, "column"), required: true).ToList();
        var rows = yaml.Sequence(root, "rows", node => ReadRow(yaml, node, columns.Count), required: true).ToList();
        if (caption is null || columns.Count == 0)
        {
            return null;
        }

        return new ComparisonTable(caption, columns, rows, yaml.String(root, "source"), yaml.WebAddress(root, "url"));
    }

    private static ComparisonRow? ReadRow(YamlFile yaml, YamlNode node, int columnCount)
    {
        if (yaml.Mapping(node, "row") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "topic", "cells");
        var topic = yaml.String(map, "topic", required: true);
        var cells = yaml.Sequence(map, "cells", cell => ScalarText(yaml, cell, "cell"), required: true).ToList();
        if (cells.Count != columnCount)
        {
            yaml.Error(map, $"row '{topic}' has {cells.Count} cells but there are {columnCount} columns");
            return null;
        }

        return topic is null ? null : new ComparisonRow(topic, cells);
    }

    private static string? ScalarText(YamlFile yaml, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        yaml.Error(node, $"each {what} must be a non-empty text value");
        return null;
    }
}
