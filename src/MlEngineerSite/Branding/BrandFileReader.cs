using MlEngineerSite.Content.Files;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Localization;
using YamlDotNet.RepresentationModel;

namespace MlEngineerSite.Branding;

/// <summary>
/// Reads the content folder's optional <c>site.yaml</c>: every mistake is a <c>site.yaml:line:column</c>
/// problem, and a colour pair the theme puts together that a reader could not read is an error
/// naming both colours and the nearest shade that passes (<see cref="ThemeContrast"/>).
/// </summary>
public static partial class BrandFileReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"<script|<foreignObject|\bon[a-z]+\s*=|javascript:|<iframe|<embed|<object", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScriptInSvg();

    public const string RelativePath = "site.yaml";

    private static readonly string[] Keys = ["name", "tagline", "headline", "language", "logo", "favicon", "colors", "navigation", "footer", "stylesheet"];

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private static readonly Dictionary<string, string> StylesheetTypes = new(StringComparer.OrdinalIgnoreCase) { [".css"] = "text/css" };

    private static readonly Dictionary<string, string> IconTypes = new(ImageTypes, StringComparer.OrdinalIgnoreCase)
    {
        [".ico"] = "image/x-icon",
    };

    /// <param name="files">The content folder's files: the brand's logo, favicon and stylesheet are read from it.</param>
    /// <param name="settings">The <c>Site__*</c> settings, which win over the file.</param>
    /// <param name="diagnostics">Where the file's problems go.</param>
    public static SiteBrand Read(ContentFiles files, SiteOptions settings, ContentDiagnostics diagnostics)
    {
        var brand = files.Exists(RelativePath) && files.Read(RelativePath) is { } text
            ? ReadFile(text, files, diagnostics)
            : SiteBrand.Default;
        return WithSettings(brand, settings);
    }

    /// <summary>The settings over the file (a bad Site__Language never gets here: SiteOptions.Validate refuses it at start-up, naming the setting).</summary>
    private static SiteBrand WithSettings(SiteBrand brand, SiteOptions settings) => brand with
    {
        Name = settings.Name ?? brand.Name,
        Tagline = settings.Tagline ?? brand.Tagline,
        Language = settings.Language is not null && SiteLanguage.Parse(settings.Language, out _) is { } language ? language : brand.Language,
    };

    private static SiteBrand ReadFile(string text, ContentFiles files, ContentDiagnostics diagnostics)
    {
        var yaml = new YamlFile(RelativePath, diagnostics);
        if (yaml.Parse(text) is not { } root)
        {
            return SiteBrand.Default;
        }

        yaml.WarnUnknownKeys(root, Keys);
        var language = SiteLanguage.English;
        if (yaml.String(root, "language") is { } code)
        {
            language = SiteLanguage.Parse(code, out var problem) ?? language;
            if (problem is not null)
            {
                yaml.Error(yaml.Find(root, "language")!, problem);
            }
        }

        var (light, dark) = ReadColours(yaml, root);
        var extraCss = yaml.String(root, "stylesheet") is { } css ? ReadStylesheet(yaml, root, css, files) : null;
        var brand = new SiteBrand
        {
            Name = yaml.String(root, "name") ?? SiteBrand.DefaultName,
            Tagline = yaml.String(root, "tagline") ?? SiteBrand.DefaultTagline,
            Headline = yaml.String(root, "headline"),
            Language = language,
            Logo = ReadLogo(yaml, root, files),
            Favicon = yaml.String(root, "favicon") is { } icon ? ReadAsset(yaml, root, "favicon", icon, files, IconTypes) : null,
            Light = light,
            Dark = dark,
            Navigation = yaml.Find(root, "navigation") is null ? null : [.. yaml.Sequence(root, "navigation", node => ReadLink(yaml, node))],
            Footer = ReadFooter(yaml, root),
        };
        return light is null && dark is null && extraCss is null
            ? brand
            : brand with { Stylesheet = new BrandAsset(System.Text.Encoding.UTF8.GetBytes(BrandTheme.Css(light, dark, extraCss)), "text/css; charset=utf-8", ".css") };
    }

    private static (BrandColours? Light, BrandColours? Dark) ReadColours(YamlFile yaml, YamlMappingNode root)
    {
        if (yaml.Find(root, "colors") is not { } node || yaml.Mapping(node, "'colors'") is not { } colors)
        {
            return (null, null);
        }

        yaml.WarnUnknownKeys(colors, "light", "dark");
        return (ReadTheme(yaml, colors, ThemeContrast.Light), ReadTheme(yaml, colors, ThemeContrast.Dark));
    }

    private static BrandColours? ReadTheme(YamlFile yaml, YamlMappingNode colors, ThemeContrast theme)
    {
        if (yaml.Find(colors, theme.Name) is not { } node || yaml.Mapping(node, $"'colors.{theme.Name}'") is not { } map)
        {
            return null;
        }

        yaml.WarnUnknownKeys(map, "primary", "accent");
        var primary = ReadColour(yaml, map, "primary", theme.Name);
        var accent = ReadColour(yaml, map, "accent", theme.Name);
        if (primary is null || accent is null)
        {
            return null;
        }

        var colours = new BrandColours(primary.Value.Colour, accent.Value.Colour);
        foreach (var failure in theme.Check(colours))
        {
            var at = failure.Role == "primary" ? primary.Value.Node : accent.Value.Node;
            yaml.Error(at, failure.Message($"colors.{theme.Name}"));
        }

        return colours;
    }

    private static (Colour Colour, YamlNode Node)? ReadColour(YamlFile yaml, YamlMappingNode map, string key, string theme)
    {
        if (yaml.String(map, key) is not { } text)
        {
            yaml.Error(map, $"'colors.{theme}' needs both 'primary' and 'accent' (missing '{key}')");
            return null;
        }

        var node = yaml.Find(map, key)!;
        if (!Colour.TryParse(text, out var colour))
        {
            yaml.Error(node, $"'colors.{theme}.{key}' must be a colour written \"#rrggbb\" or \"#rgb\" (in quotes: YAML reads # as a comment), not '{TextExcerpt.Quote(text)}'");
            return null;
        }

        return (colour, node);
    }

    /// <summary>
    /// The extra stylesheet's text, read as every text file of the folder is (strict UTF-8, its BOM
    /// dropped: in the middle of the theme's file a BOM would spoil the first rule).
    /// </summary>
    private static string? ReadStylesheet(YamlFile yaml, YamlMappingNode root, string path, ContentFiles files)
    {
        var node = yaml.Find(root, "stylesheet")!;
        if (AssetFile(yaml, node, "stylesheet", path, files, StylesheetTypes) is not { } file || files.Read(file.Relative) is not { } text)
        {
            return null;
        }

        // It is served from /brand/{hash}.css: a relative url() would look for a file the site does not serve.
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"url\(\s*['""]?(?!data:|https:)([^'"")\s]*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            yaml.Warning(node, $"the stylesheet's url({TextExcerpt.Quote(match.Groups[1].Value)}) will not load: only data: and https:// addresses do, as the site serves the stylesheet alone (and its CSP allows only its own origin, so put fonts and pictures in the logo or leave them out)");
        }

        return text;
    }

    private static BrandImage? ReadLogo(YamlFile yaml, YamlMappingNode root, ContentFiles files)
    {
        if (yaml.Find(root, "logo") is not { } node || yaml.Mapping(node, "'logo'") is not { } logo)
        {
            return null;
        }

        yaml.WarnUnknownKeys(logo, "file", "alt", "includes_name");
        var file = yaml.String(logo, "file", required: true);
        var includesName = yaml.Boolean(logo, "includes_name");
        var alt = yaml.String(logo, "alt");
        if (alt is null && yaml.Find(logo, "alt") is null && includesName)
        {
            yaml.Error(logo, "'logo' needs 'alt' when it includes the name: what the logo says to someone who cannot see it (the name it spells)");
        }

        // Beside the name, the logo adds nothing to say (alt=""); alone, its alt text is the link's name.
        return file is not null && ReadAsset(yaml, logo, "file", file, files, ImageTypes) is { } asset && (alt is not null || !includesName)
            ? new BrandImage(asset, includesName ? alt! : "", includesName)
            : null;
    }

    /// <summary>A picture of the content folder named by <paramref name="key"/> (<see cref="AssetFile"/>), without script.</summary>
    private static BrandAsset? ReadAsset(YamlFile yaml, YamlMappingNode map, string key, string path, ContentFiles files, Dictionary<string, string> types)
    {
        var node = yaml.Find(map, key)!;
        if (AssetFile(yaml, node, key, path, files, types) is not { } file || files.ReadBytes(file.Relative) is not { } bytes)
        {
            return null;
        }

        // The site's CSP keeps an SVG's script from running, but a static export has no such header.
        if (file.Extension == ".svg" && ScriptInSvg().Match(System.Text.Encoding.UTF8.GetString(bytes)) is { Success: true } script)
        {
            yaml.Error(node, $"'{TextExcerpt.Quote(path)}' holds script ({TextExcerpt.Quote(script.Value)}), which a logo or icon may not: export it from your drawing tool as a plain SVG");
            return null;
        }

        return new BrandAsset(bytes, file.ContentType, file.Extension);
    }

    /// <summary>The file a key names: relative, inside the content folder, of a type the site serves.</summary>
    private static (string Relative, string ContentType, string Extension)? AssetFile(YamlFile yaml, YamlNode node, string key, string path, ContentFiles files, Dictionary<string, string> types)
    {
        var extension = Path.GetExtension(path);
        if (!types.TryGetValue(extension, out var contentType))
        {
            yaml.Error(node, $"'{key}' must be a {string.Join(" or ", types.Keys)} file, not '{TextExcerpt.Quote(path)}'");
            return null;
        }

        var relative = path.Replace('\\', '/');
        if (relative.StartsWith('/') || relative.Split('/').Any(part => part is ".." or "." or ""))
        {
            yaml.Error(node, $"'{key}' must be a path inside the content folder, relative to it (as in brand/logo.svg), not '{TextExcerpt.Quote(path)}'");
            return null;
        }

        if (!files.Exists(relative))
        {
            yaml.Error(node, $"'{key}' names '{TextExcerpt.Quote(path)}', which is not a file in the content folder");
            return null;
        }

        return (relative, contentType, extension.ToLowerInvariant());
    }

    private static BrandFooter ReadFooter(YamlFile yaml, YamlMappingNode root)
    {
        if (yaml.Find(root, "footer") is not { } node || yaml.Mapping(node, "'footer'") is not { } footer)
        {
            return new BrandFooter();
        }

        yaml.WarnUnknownKeys(footer, "text", "organisation", "contact", "links");
        var contact = yaml.String(footer, "contact");
        if (contact is not null && !IsEmailAddress(contact))
        {
            yaml.Error(yaml.Find(footer, "contact")!, $"'contact' must be an e-mail address (name@example.org), not '{TextExcerpt.Quote(contact)}'");
            contact = null;
        }

        return new BrandFooter
        {
            Text = yaml.String(footer, "text"),
            Organisation = yaml.String(footer, "organisation"),
            Contact = contact,
            Links = [.. yaml.Sequence(footer, "links", item => ReadLink(yaml, item))],
        };
    }

    private static BrandLink? ReadLink(YamlFile yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "link") is not { } link)
        {
            return null;
        }

        yaml.WarnUnknownKeys(link, "title", "url");
        var title = yaml.String(link, "title", required: true);
        var url = yaml.String(link, "url", required: true);
        if (url is not null && !IsLinkAddress(url))
        {
            yaml.Error(yaml.Find(link, "url")!, $"a link's 'url' must be a path on this site (/pages/about), a web address (https://...) or mailto:, not '{TextExcerpt.Quote(url)}'");
            return null;
        }

        return title is null || url is null ? null : new BrandLink(title, url, yaml.LineOf(yaml.Find(link, "url")!));
    }

    private static bool IsLinkAddress(string url) =>
        SafeUrl.IsWebAddress(url)
        || (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && IsEmailAddress(url["mailto:".Length..]))
        || ((url.StartsWith('/') || url.StartsWith('#')) && SafeUrl.IsSameSite(url) && !url.Any(c => char.IsWhiteSpace(c) || c == '\\'));

    private static bool IsEmailAddress(string text) =>
        text.IndexOf('@') is > 0 and var at && at < text.Length - 1 && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or ',');
}
