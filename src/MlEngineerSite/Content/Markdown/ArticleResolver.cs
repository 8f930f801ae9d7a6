using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Views;
using MlEngineerSite.Rendering;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// Turns a parsed article into what the site serves: heading IDs (github-slugger, or a pinned
/// <c>{#id}</c>), only safe URLs, table alignment as classes (no style attributes), and directives
/// replaced by the content's data. Every problem is reported with the file's line and column.
/// </summary>
public sealed partial class ArticleResolver(string path, int lineOffset, ContentDiagnostics diagnostics, FigureCatalog figures, LinkFixes? linkFixes = null)
{
    private readonly HeadingSlugger _slugger = new();

    /// <summary>The page's title: the caption of a table that has neither its own caption nor a heading before it.</summary>
    public string PageTitle { get; init; } = "";

    public List<ArticleHeading> Headings { get; } = [];
    public List<Figure> CitedFigures { get; } = [];
    public List<InternalLink> InternalLinks { get; } = [];
    public bool EmbedsComparison { get; private set; }
    public bool EmbedsFigureTables { get; private set; }

    public void Resolve(MarkdownDocument document)
    {
        // Collect everything before changing anything: unwrapping a link while walking the tree can hide later nodes from the walk.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        var tables = document.Descendants<Table>().ToList();
        var directives = document.Descendants<DirectiveInline>().ToList();
        var entities = document.Descendants<HtmlEntityInline>().ToList();
        var literals = document.Descendants<LiteralInline>().ToList();

        entities.ForEach(RemoveForbiddenCharacters); // First: heading text and IDs are read from the cleaned text.
        AssignIds(headings);
        links.ForEach(CheckLink);
        autolinks.ForEach(CheckAutolink);
        tables.ForEach(AlignWithClasses);
        tables.ForEach(MakeScrollableByKeyboard);
        tables.ForEach(t => TableCaptionExtension.Caption(t, PageTitle));
        directives.ForEach(ResolveDirective);
        literals.ForEach(NoteTemplateSyntax);
    }

    private const string TemplateKind = "another tool's template syntax shown as text";

    /// <summary>Liquid tags and Hugo shortcodes need their own tool to run; here they are shown as written, with a warning.</summary>
    private void NoteTemplateSyntax(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        var at = text.IndexOfAny(TemplateStarts);
        if (at >= 0)
        {
            var rest = text[at..];
            var syntax = rest.StartsWith("{%") ? "a Liquid tag (Jekyll)" : rest.StartsWith("{{<") || rest.StartsWith("{{%") ? "a Hugo shortcode" : "another tool's template syntax";
            Warning(literal, $"'{TextExcerpt.Quote(text[at..].ToString())}' is {syntax}, which this site does not run, so it is shown as text", TemplateKind);
        }
    }

    private static readonly System.Buffers.SearchValues<string> TemplateStarts = System.Buffers.SearchValues.Create(["{%", "{{"], StringComparison.Ordinal);

    /// <summary>A character reference such as <c>&amp;#1;</c> can spell a control character that the file itself may not hold.</summary>
    private void RemoveForbiddenCharacters(HtmlEntityInline entity)
    {
        var text = entity.Transcoded.ToString();
        if (ForbiddenCharacters.Contains(text))
        {
            Warning(entity, $"removed the character reference '{TextExcerpt.Quote(entity.Original.ToString())}', which stands for a control or non-character code point that web pages and feeds may not contain");
            entity.ReplaceBy(new LiteralInline(ForbiddenCharacters.Remove(text)));
        }
    }

    /// <summary>
    /// Heading IDs: pinned <c>{#id}</c>s are taken first, so a pinned ID always wins and an automatic
    /// ID that would equal it moves on to the next number (with a warning); a heading with no text to
    /// make an ID from gets a stable one from a hash of its text. Two equal pinned IDs are an error.
    /// </summary>
    private void AssignIds(List<HeadingBlock> headings)
    {
        var pinned = headings.ToDictionary(h => h, TakePinnedId);
        foreach (var (heading, id) in pinned)
        {
            if (id is not null && !_slugger.Reserve(id))
            {
                Error(heading, $"heading ID '{id}' is pinned twice in this article");
            }
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var text = InlineText.Of(heading.Inline).Trim();
            var id = pinned[heading];
            if (id is null)
            {
                var wanted = HeadingSlugger.ToSlug(text);
                if (wanted.Length == 0)
                {
                    wanted = text.Length == 0 ? $"section-{i + 1}" : "h-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
                    Warning(heading, $"this heading has no letters or digits to make an ID from, so its ID is '{wanted}' (pin one with {{#some-id}})", "heading without text for an ID");
                }

                id = _slugger.Slug(wanted);
                if (id != wanted && pinned.ContainsValue(wanted))
                {
                    Warning(heading, $"this heading's ID would be '{wanted}', which a {{#{wanted}}} elsewhere pins, so it is '{id}'", "heading ID taken by a pinned ID");
                }
            }

            heading.GetAttributes().Id = id;
            Headings.Add(new ArticleHeading(heading.Level, id, text, FileLine(heading)));
            if (heading.Level <= 4 && heading.Parent is MarkdownDocument)
            {
                heading.Inline?.AppendChild(new LiteralInline(" "));
                heading.Inline?.AppendChild(new HeadingLinkInline(id, text));
            }
        }
    }

    /// <summary>Removes a trailing <c>{#custom-id}</c> from the heading's text and returns the ID.</summary>
    private string? TakePinnedId(HeadingBlock heading)
    {
        if (heading.Inline?.LastChild is not LiteralInline last)
        {
            return null;
        }

        var content = last.Content.ToString();
        var match = AttributesPattern().Match(content);
        if (!match.Success)
        {
            return null;
        }

        // {#id}, or an attribute list as kramdown, Pandoc and MkDocs write it ({: #id .class key=value}): the ID is kept.
        var tokens = match.Groups["attributes"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var ids = tokens.Where(t => t.StartsWith('#')).Select(t => t[1..]).ToList();
        var others = tokens.Where(t => !t.StartsWith('#')).ToList();
        var id = ids.LastOrDefault();
        if (tokens.Length > 1 && ids.Any(i => !ValidIdPattern().IsMatch(i)))
        {
            return null; // Not an attribute list after all ({#x" onclick="...}): it stays text.
        }

        if (others.Count > 0)
        {
            Warning(heading, $"heading attributes other than an ID ({TextExcerpt.Quote(string.Join(' ', others))}) are not used", "heading attributes other than an ID");
        }

        if (id is not null && !ValidIdPattern().IsMatch(id))
        {
            Error(heading, $"pinned ID '{{#{TextExcerpt.Quote(id)}}}' may use only lower-case letters, digits, '-' and '_'");
            id = null;
        }

        var remaining = content[..match.Index].TrimEnd();
        if (remaining.Length == 0)
        {
            last.Remove();
        }
        else
        {
            last.Content = new StringSlice(remaining);
        }

        return id;
    }

    private void CheckLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (!SafeUrl.IsAllowed(url))
        {
            Warning(link, $"removed the {(link.IsImage ? "image" : "link")} to '{TextExcerpt.Quote(url, 60)}': only http, https, mailto and relative URLs are allowed");
            Unwrap(link);
            return;
        }

        if (link.IsImage)
        {
            return;
        }

        if (!SafeUrl.IsSameSite(url))
        {
            return;
        }

        var at = (FileLine(link), link.Column + 1);
        if (linkFixes is not null && linkFixes.TryGetValue(at, out var fix))
        {
            if (fix is null)
            {
                Unwrap(link); // Its target does not exist (already reported): a reader sees the text, not a dead link.
            }
            else
            {
                link.Url = fix;
            }

            return;
        }

        var hash = url.IndexOf('#');
        var target = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        if (link is WikiLinkInline wiki)
        {
            InternalLinks.Add(new InternalLink(target, fragment, at.Item1, at.Item2) { Note = wiki.Note });
            return;
        }

        if (MarkdownFile(target) is { } file)
        {
            // A link between Markdown files, as MkDocs, GitHub and Obsidian write them: to the file's article.
            target = (file.StartsWith(PagesFolder, StringComparison.Ordinal) ? "/pages/" : "/articles/") + ArticleReader.SlugFromFileName(file);
            link.Url = target + (fragment is null ? "" : "#" + fragment);
            InternalLinks.Add(new InternalLink(target, fragment, at.Item1, at.Item2) { File = file });
            return;
        }

        InternalLinks.Add(new InternalLink(target, fragment, at.Item1, at.Item2));
    }

    /// <summary>The content-relative path of a relative link to a Markdown file (articles/guides/other.md), or null.</summary>
    private string? MarkdownFile(string target)
    {
        var decoded = Uri.UnescapeDataString(target.Split('?')[0]);
        if (decoded.StartsWith('/') || !(decoded.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || decoded.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var parts = path.Split('/')[..^1].ToList();
        foreach (var segment in decoded.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null; // Out of the content folder.
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        // Between the articles and the pages (../pages/contact.md from an article, ../articles/salary.md from a page); elsewhere it is not a page.
        return parts.Count > 1 && (parts[0] == "articles" || parts[0] + "/" == PagesFolder) ? string.Join('/', parts) : null;
    }

    private const string PagesFolder = "pages/";

    private void CheckAutolink(AutolinkInline autolink)
    {
        if (autolink.IsEmail || SafeUrl.IsAllowed(autolink.Url))
        {
            return;
        }

        Warning(autolink, $"removed the link to '{TextExcerpt.Quote(autolink.Url, 60)}': only http, https, mailto and relative URLs are allowed");
        autolink.ReplaceBy(new LiteralInline(autolink.Url));
    }

    /// <summary>
    /// Keeps a removed link's text (or an image's alt text) in its place: the link is replaced by a
    /// plain container of its children, which renders as just those children. (Moving children out
    /// one by one with InsertBefore loses nested links and images in Markdig.)
    /// </summary>
    private static void Unwrap(LinkInline link) => link.ReplaceBy(new ContainerInline(), copyChildren: true);

    /// <summary>
    /// A Markdown table scrolls sideways when it is wider than a phone (the stylesheet makes it a
    /// scrolling block), so it must take the keyboard's focus for a keyboard user to scroll it.
    /// </summary>
    private static void MakeScrollableByKeyboard(Table table) => table.GetAttributes().AddPropertyIfNotExist("tabindex", "0");

    /// <summary>Column alignment as classes (the CSP allows no style attribute): one pass over the cells, linear in the table's size.</summary>
    private static void AlignWithClasses(Table table)
    {
        var classes = table.ColumnDefinitions.Select(d => d.Alignment switch
        {
            TableColumnAlign.Center => "align-center",
            TableColumnAlign.Right => "align-right",
            TableColumnAlign.Left => "align-left",
            _ => null,
        }).ToArray();
        if (classes.All(c => c is null))
        {
            return;
        }

        foreach (var row in table.OfType<TableRow>())
        {
            var position = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex < 0 ? position : cell.ColumnIndex;
                if (column < classes.Length && classes[column] is { } className)
                {
                    cell.GetAttributes().AddClass(className);
                }

                position++;
            }
        }

        foreach (var definition in table.ColumnDefinitions)
        {
            definition.Alignment = null;
        }
    }

    private void ResolveDirective(DirectiveInline directive)
    {
        switch (directive.Name)
        {
            case "fig":
                ResolveFigure(directive);
                break;
            case "figures":
                ReplaceWithBlock(directive, TablesBlock(directive));
                EmbedsFigureTables = true;
                break;
            case "date":
                ResolveFigureField(directive, f => ComponentHtml.Render<FigureTime>(("Date", f.Date)), f => f.Date.ToString());
                break;
            case "period":
                ResolveFigureField(directive, f => f.Period is { } period ? ComponentHtml.Encoder.Encode(period) : null, f => f.Period);
                break;
            case "side-by-side":
                ReplaceWithBlock(directive, GridBlock(directive));
                EmbedsFigureTables = true;
                break;
            case "chart":
                ReplaceWithBlock(directive, ChartBlock(directive));
                EmbedsFigureTables = true;
                break;
            case "comparison":
                if (figures.Comparison is null)
                {
                    Error(directive, $"{{{{comparison}}}} needs the file {FigureCatalog.ComparisonFile}, which this content folder does not have");
                    return;
                }

                ReplaceWithBlock(directive, (ComponentHtml.Render<ComparisonView>(("Comparison", figures.Comparison)), FigureText.Of(figures.Comparison)));
                EmbedsComparison = true;
                break;
            default:
                // Most often another tool's template syntax ({{ page.title }}, {{toc}}): shown as the text it is.
                Warning(directive, $"'{TextExcerpt.Quote(directive.Source)}' is not one of this site's directives ({{{{fig KEY}}}}, {{{{figures}}}}, {{{{figures TABLE-ID}}}}, {{{{chart CHART-ID}}}}, {{{{side-by-side ID}}}}, {{{{date KEY}}}}, {{{{period KEY}}}}, {{{{comparison}}}}), so it is shown as text", TemplateKind);
                break;
        }
    }

    private void ResolveFigure(DirectiveInline directive)
    {
        if (directive.Argument is not { } key)
        {
            Error(directive, "{{fig}} needs a figure key, as in {{fig median-pay}}");
        }
        else if (figures.ByKey.TryGetValue(key, out var figure))
        {
            directive.Html = ComponentHtml.Render<FigureCitation>(("Figure", figure));
            directive.PlainText = figure.DisplayValue;
            directive.Figure = figure;
            CitedFigures.Add(figure);
        }
        else if (!figures.InvalidKeys.Contains(key))
        {
            Error(directive, $"unknown figure '{key}': it is not a key in {FigureCatalog.FiguresFile}");
        }
    }

    /// <summary>
    /// <c>{{date KEY}}</c> and <c>{{period KEY}}</c>: a figure's date ("May 2024") or period ("2024–34")
    /// in prose, so that a new edition of a figure changes every sentence that mentions its year.
    /// </summary>
    private void ResolveFigureField(DirectiveInline directive, Func<Figure, string?> html, Func<Figure, string?> text)
    {
        if (directive.Argument is not { } key)
        {
            Error(directive, $"{{{{{directive.Name}}}}} needs a figure key, as in {{{{{directive.Name} median-pay}}}}");
        }
        else if (figures.ByKey.TryGetValue(key, out var figure))
        {
            if (html(figure) is not { } value)
            {
                Error(directive, $"figure '{key}' has no {directive.Name} in {FigureCatalog.FiguresFile}");
                return;
            }

            directive.Html = value;
            directive.PlainText = text(figure);
            CitedFigures.Add(figure);
        }
        else if (!figures.InvalidKeys.Contains(key))
        {
            Error(directive, $"unknown figure '{TextExcerpt.Quote(key)}': it is not a key in {FigureCatalog.FiguresFile}");
        }
    }

    private (string Html, string Text)? GridBlock(DirectiveInline directive)
    {
        if (figures.Grids.FirstOrDefault(g => g.Id == directive.Argument) is { } grid)
        {
            CitedFigures.AddRange(grid.Figures);
            return (ComponentHtml.Render<FigureGridView>(("Grid", grid)), FigureText.Of(grid));
        }

        Error(directive, $"unknown side-by-side table '{TextExcerpt.Quote(directive.Argument)}': it is not an id under side_by_side in {FigureCatalog.FiguresFile}");
        return null;
    }

    private (string Html, string Text)? TablesBlock(DirectiveInline directive)
    {
        IReadOnlyList<FigureTable>? tables = directive.Argument is null ? figures.Tables
            : figures.TablesById.TryGetValue(directive.Argument, out var table) ? [table] : null;
        if (tables is null)
        {
            Error(directive, $"unknown figure table '{TextExcerpt.Quote(directive.Argument)}': it is not a table id in {FigureCatalog.FiguresFile}");
            return null;
        }

        CitedFigures.AddRange(tables.SelectMany(t => t.Figures));
        return (string.Concat(tables.Select(t => ComponentHtml.Render<FigureTableView>(("Table", t)))), string.Join(". ", tables.Select(FigureText.Of)));
    }

    private (string Html, string Text)? ChartBlock(DirectiveInline directive)
    {
        if (figures.Charts.FirstOrDefault(c => c.Id == directive.Argument) is { } chart)
        {
            CitedFigures.AddRange(chart.Figures);
            return (ComponentHtml.Render<ChartView>(("Chart", chart)), FigureText.Of(chart));
        }

        Error(directive, $"unknown chart '{TextExcerpt.Quote(directive.Argument)}': it is not a chart id in {FigureCatalog.FiguresFile}");
        return null;
    }

    /// <summary>A table directive must be a paragraph of its own; the paragraph becomes the table.</summary>
    private void ReplaceWithBlock(DirectiveInline directive, (string Html, string Text)? block)
    {
        if (block is not var (html, plainText))
        {
            return;
        }

        var paragraph = directive.Parent?.ParentBlock as ParagraphBlock;
        var alone = paragraph?.Inline is { } inline
            && inline.All(i => i == directive || i is LiteralInline l && l.Content.IsEmptyOrWhitespace() || i is LineBreakInline);
        if (paragraph?.Parent is not { } container || !alone)
        {
            Error(directive, $"'{directive.Source}' shows a table, so it must stand alone on its own line with blank lines around it");
            return;
        }

        var index = container.IndexOf(paragraph);
        container.RemoveAt(index);
        container.Insert(index, new DirectiveBlock(null, html, plainText) { Line = paragraph.Line, Column = paragraph.Column });
    }

    private int FileLine(MarkdownObject node) => lineOffset + node.Line + 1;

    private void Error(MarkdownObject node, string message) =>
        diagnostics.Error(path, FileLine(node), node.Column + 1, message);

    private void Warning(MarkdownObject node, string message, string? kind = null) =>
        diagnostics.Warning(path, FileLine(node), node.Column + 1, message, kind);

    [GeneratedRegex(@"\s*\{:?(?<attributes>(?:\s*(?:#[^\s{}]*|\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:""[^""]*""|[^\s{}]*)))+)\s*\}\s*$")]
    private static partial Regex AttributesPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ValidIdPattern();
}
