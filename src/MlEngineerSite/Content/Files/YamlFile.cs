using System.Globalization;
using MlEngineerSite.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Content.Files;

/// <summary>
/// Reads one YAML document into typed values while keeping every node's line, so that each
/// mistake is reported as <c>path:line:column</c>. <paramref name="lineOffset"/> maps lines of
/// an embedded document (front matter) to lines of the file.
/// </summary>
public sealed class YamlFile(string path, ContentDiagnostics diagnostics, int lineOffset = 0)
{
    public string Path { get; } = path;

    public YamlMappingNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                diagnostics.Error(Path, 1 + lineOffset, 1, "the YAML document is empty");
                return null;
            }

            if (stream.Documents[0].RootNode is YamlMappingNode root)
            {
                RemoveForbiddenCharacters(root);
                return root;
            }

            Error(stream.Documents[0].RootNode, "expected 'key: value' lines at the top level");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(Path, (int)e.Start.Line + lineOffset, (int)e.Start.Column, $"invalid YAML: {InnerMost(e).Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed flow sequence) instead of a YamlException.
            diagnostics.Error(Path, 1 + lineOffset, 1, "invalid YAML: the document is malformed (check brackets, quotes and indentation)");
            return null;
        }
    }

    /// <summary>
    /// A YAML escape such as <c>"\x01"</c> makes characters that no page or feed may contain. Each
    /// node is visited once: an alias is the node it names, so following aliases again would expand
    /// an alias bomb (nine levels of nine aliases, 387 million nodes) that the parser itself never does.
    /// </summary>
    private void RemoveForbiddenCharacters(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value } scalar when ForbiddenCharacters.Contains(value):
                    scalar.Value = ForbiddenCharacters.Remove(value, out var count, out _);
                    Warning(scalar, $"removed {count} control or non-character code point{(count == 1 ? "" : "s")} from this value, which web pages and feeds may not contain");
                    break;
                case YamlSequenceNode sequence:
                    sequence.Children.ToList().ForEach(pending.Push);
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
            }
        }
    }

    public void Error(YamlNode node, string message) =>
        diagnostics.Error(Path, (int)node.Start.Line + lineOffset, (int)node.Start.Column, message);

    public void Warning(YamlNode node, string message, string? kind = null) =>
        diagnostics.Warning(Path, (int)node.Start.Line + lineOffset, (int)node.Start.Column, message, kind);

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    /// <summary>Reports keys that the schema does not know, which are usually typos.</summary>
    public void RejectUnknownKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, name) in UnknownKeys(map, known))
        {
            Error(key, $"unknown key '{name}' (known keys: {string.Join(", ", known)})");
        }
    }

    /// <summary>Warns about keys that the schema does not know, for a file that may carry other tools' keys (site.yaml).</summary>
    public void WarnUnknownKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, name) in UnknownKeys(map, known))
        {
            Warning(key, $"unknown key '{name}' is ignored (known keys: {string.Join(", ", known)})");
        }
    }

    private static IEnumerable<(YamlNode Key, string Name)> UnknownKeys(YamlMappingNode map, string[] known) =>
        map.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is { } name && !known.Contains(name, StringComparer.Ordinal)).Select(k => ((YamlNode)k, k.Value!));

    public YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? String(YamlMappingNode map, string key, bool required = false)
    {
        var node = Find(map, key);
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(Path, (int)map.Start.Line + lineOffset, (int)map.Start.Column, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: var value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(node, $"'{key}' must be a non-empty text value");
        return null;
    }

    /// <summary>An optional web address (<see cref="Model.SafeUrl.IsWebAddress"/>); anything else is an error and is dropped.</summary>
    public string? WebAddress(YamlMappingNode map, string key)
    {
        var url = String(map, key);
        if (url is null || Model.SafeUrl.IsWebAddress(url))
        {
            return url;
        }

        Error(Find(map, key)!, $"'{key}' must be a web address starting with https:// or http://, not '{TextExcerpt.Quote(url)}'");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Find(map, key)!, $"'{key}' must be a whole number, not '{TextExcerpt.Quote(text)}'");
        return null;
    }

    public bool Boolean(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(Find(map, key)!, $"'{key}' must be true or false, not '{TextExcerpt.Quote(text)}'");
        return false;
    }

    public DateOnly? Date(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Find(map, key)!, $"'{key}' must be a date written YYYY-MM-DD, not '{TextExcerpt.Quote(text)}'");
        return null;
    }

    public IEnumerable<T> Sequence<T>(YamlMappingNode map, string key, Func<YamlNode, T?> read, bool required = false)
        where T : class
    {
        var node = Find(map, key);
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(Path, (int)map.Start.Line + lineOffset, (int)map.Start.Column, $"'{key}' is required");
            }

            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list of items, each starting with '- '");
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (read(item) is { } value)
            {
                yield return value;
            }
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"each {what} must be a set of 'key: value' lines");
        return null;
    }

    private static Exception InnerMost(Exception e) => e.InnerException is { } inner ? InnerMost(inner) : e;
}
