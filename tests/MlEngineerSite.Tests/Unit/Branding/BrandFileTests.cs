using MlEngineerSite.Branding;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Unit.Branding;

/// <summary>site.yaml: every field read, every mistake a site.yaml:line:column problem, unreadable colours refused with a shade that passes.</summary>
public sealed class BrandFileTests
{
    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 160 40\"><title>Logo</title><rect width=\"160\" height=\"40\"/></svg>";

    private static (ContentSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) Load(string siteYaml, Action<TempContent>? files = null, SiteOptions? settings = null)
    {
        using var content = new TempContent().Write("site.yaml", siteYaml);
        files?.Invoke(content);
        return ContentLoader.Load(content.Folder, TestClock.Options with { Site = settings ?? new() });
    }

    private static string Problems(IEnumerable<ContentProblem> problems) => string.Join("\n", problems);

    [Fact]
    public void EveryField_IsRead()
    {
        var (snapshot, problems) = Load("""
            name: Career Service Musterstadt
            tagline: Beratung für Studierende
            headline: Ihr Weg ins maschinelle Lernen
            language: de
            logo:
              file: brand/logo.svg
              alt: Hochschule Musterstadt
              includes_name: true
            favicon: brand/icon.svg
            colors:
              light:
                primary: "#0b5d4b"
                accent: "#9c4a00"
              dark:
                primary: "#7fd4bd"
                accent: "#f0a45c"
            navigation:
              - title: Über uns
                url: /pages/ueber-uns
            footer:
              text: Ein Angebot der Hochschule.
              organisation: Hochschule Musterstadt
              contact: karriere@hs-musterstadt.example
              links:
                - title: Impressum
                  url: https://www.hs-musterstadt.example/impressum
            stylesheet: brand/extra.css
            """, c => c.Write("brand/logo.svg", Logo).Write("brand/icon.svg", Logo).Write("brand/extra.css", ".site-header { border-block-end: 2px solid var(--accent); }"));

        Assert.True(snapshot is not null, Problems(problems));
        var brand = snapshot.Brand;
        Assert.Equal("Career Service Musterstadt", brand.Name);
        Assert.Equal("Beratung für Studierende", brand.Tagline);
        Assert.Equal("Ihr Weg ins maschinelle Lernen", brand.Headline);
        Assert.Equal("de-DE", brand.Language.Tag);
        Assert.Equal("Hochschule Musterstadt", brand.Logo!.Alt);
        Assert.Equal("", (Load("logo:\n  file: brand/logo.svg\n  alt: Hochschule Musterstadt\n", c => c.Write("brand/logo.svg", Logo)).Snapshot!.Brand.Logo!.Alt)); // Beside the name it shows, a logo says nothing more.
        Assert.Equal(160, brand.Logo.Width); // 160 x 40 at 40 px high.
        Assert.True(brand.Logo.IncludesName);
        Assert.Equal("image/svg+xml", brand.Favicon!.ContentType);
        Assert.Equal("#0b5d4b", brand.Light!.Primary.ToHex());
        Assert.Equal("#f0a45c", brand.Dark!.Accent.ToHex());
        Assert.Equal(("Über uns", "/pages/ueber-uns"), Assert.Single(brand.Navigation!) is var link ? (link.Title, link.Url) : default);
        Assert.Equal("karriere@hs-musterstadt.example", brand.Footer.Contact);
        Assert.Equal("Hochschule Musterstadt", brand.Footer.Organisation);
        Assert.Equal("https://www.hs-musterstadt.example/impressum", Assert.Single(brand.Footer.Links).Url);
        var css = System.Text.Encoding.UTF8.GetString(brand.Stylesheet!.Bytes);
        Assert.Contains("--link:#0b5d4b", css, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark){:root{--link:#7fd4bd", css, StringComparison.Ordinal);
        Assert.EndsWith(".site-header { border-block-end: 2px solid var(--accent); }\n", css, StringComparison.Ordinal);
        Assert.Matches("^/brand/[0-9a-f]{16}\\.css$", brand.Stylesheet.Url);
    }

    [Fact]
    public void WithoutTheFile_TheSiteKeepsItsOwnBrand()
    {
        var (snapshot, _) = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options);

        var brand = snapshot!.Brand;
        Assert.Equal((SiteBrand.DefaultName, SiteBrand.DefaultTagline, "en-GB"), (brand.Name, brand.Tagline, brand.Language.Tag));
        Assert.Null(brand.Navigation);
        Assert.Empty(brand.Assets);
    }

    [Fact]
    public void Settings_WinOverTheFile()
    {
        var (snapshot, problems) = Load("name: From the file\ntagline: File tagline\nlanguage: de\n", settings: new SiteOptions { Name = "From the setting", Language = "fr" });

        Assert.True(snapshot is not null, Problems(problems));
        Assert.Equal("From the setting", snapshot.Brand.Name);
        Assert.Equal("File tagline", snapshot.Brand.Tagline);
        Assert.Equal("fr-FR", snapshot.Brand.Language.Tag);
    }

    [Theory]
    [InlineData("nmae: Typo\n", "site.yaml:1:1: warning: unknown key 'nmae' is ignored")]
    [InlineData("language: es\n", "site.yaml:1:11: error: the interface is translated into en, de, fr only, not 'es'")]
    [InlineData("language: xx-nope\n", "site.yaml:1:11: error: 'xx-nope' is not a language code")]
    [InlineData("colors:\n  light:\n    primary: \"blue\"\n    accent: \"#1f5fbf\"\n", "site.yaml:3:14: error: 'colors.light.primary' must be a colour written \"#rrggbb\" or \"#rgb\"")]
    [InlineData("colors:\n  light:\n    primary: \"#1a56b0\"\n", "site.yaml:3:5: error: 'colors.light' needs both 'primary' and 'accent' (missing 'accent')")]
    [InlineData("logo:\n  file: brand/missing.svg\n  alt: Logo\n", "site.yaml:2:9: error: 'file' names 'brand/missing.svg', which is not a file in the content folder")]
    [InlineData("logo:\n  file: ../outside.svg\n  alt: Logo\n", "site.yaml:2:9: error: 'file' must be a path inside the content folder")]
    [InlineData("logo:\n  file: /etc/logo.svg\n  alt: Logo\n", "site.yaml:2:9: error: 'file' must be a path inside the content folder")]
    [InlineData("logo:\n  file: brand/logo.gif\n  alt: Logo\n", "site.yaml:2:9: error: 'file' must be a .svg or .png file")]
    [InlineData("logo:\n  file: brand/logo.svg\n  includes_name: true\n", "site.yaml:2:3: error: 'logo' needs 'alt' when it includes the name")]
    [InlineData("logo:\n  file: brand/evil.svg\n  alt: Logo\n", "site.yaml:2:9: error: 'brand/evil.svg' holds script (<script)")]
    [InlineData("stylesheet: brand/extra.css\n", "site.yaml:1:13: warning: the stylesheet's url(fonts/a.woff2) will not load")]
    [InlineData("navigation:\n  - title: Evil\n    url: javascript:alert(1)\n", "site.yaml:3:10: error: a link's 'url' must be a path on this site")]
    [InlineData("footer:\n  contact: not an address\n", "site.yaml:2:12: error: 'contact' must be an e-mail address")]
    [InlineData("stylesheet: brand/extra.txt\n", "site.yaml:1:13: error: 'stylesheet' must be a .css file")]
    [InlineData("name: [unclosed\n", "site.yaml:")]
    public void AMistake_IsNamedWithItsLineAndColumn(string yaml, string expected)
    {
        var (_, problems) = Load(yaml, c => c.Write("brand/logo.svg", Logo)
            .Write("brand/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            .Write("brand/extra.css", "@font-face { src: url(fonts/a.woff2); }\n"));

        Assert.Contains(problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkToAPageThatIsNotThere_FailsTheCheck()
    {
        var (_, problems) = Load("navigation:\n  - title: Articles\n    url: /articles/alpha\n  - title: About\n    url: /pages/about\n");

        var problem = Assert.Single(problems, p => p.Message.StartsWith("broken link", StringComparison.Ordinal));
        Assert.Equal("site.yaml:5:1: error: broken link: 'About' leads to /pages/about, which is no page or article readers see", problem.ToString());
    }

    [Theory]
    [InlineData("/articles/alpha")]
    [InlineData("/articles/first-article")] // An old slug.
    [InlineData("/articles/alpha#details")]
    [InlineData("/articles/alpha#old-start")] // An anchor alias.
    [InlineData("/articles/alpha/getting-started")] // A section's share page.
    [InlineData("/articles/")]
    [InlineData("/search?q=pay")]
    public void ALinkToWhatReadersSee_IsAccepted(string url)
    {
        var (snapshot, problems) = Load($"navigation:\n  - title: Go\n    url: \"{url}\"\n");

        Assert.NotNull(snapshot);
        Assert.DoesNotContain(problems, p => p.Path == "site.yaml");
    }

    [Theory]
    [InlineData("/articles/alpha#nowhere", "site.yaml:3:1: error: broken link: 'Go': 'articles/alpha.md' has no heading with the ID '#nowhere'")]
    [InlineData("/articles/alpha/nowhere", "site.yaml:3:1: error: broken link: 'Go': 'articles/alpha.md' has no section with the ID 'nowhere' to share")]
    [InlineData("/articles/omega", "site.yaml:3:1: error: broken link: 'Go' leads to /articles/omega, which is no page or article readers see")]
    public void ALinkToAHeadingOrSectionThatIsNotThere_FailsTheCheck(string url, string expected)
    {
        var (_, problems) = Load($"navigation:\n  - title: Go\n    url: \"{url}\"\n");

        Assert.Equal(expected, Assert.Single(problems, p => p.Path == "site.yaml").ToString());
    }

    [Fact]
    public void ALinkToAScheduledArticle_FailsTheCheck_NamingWhen()
    {
        var (_, problems) = Load("navigation:\n  - title: Soon\n    url: /articles/later\n",
            c => c.Write("articles/later.md", "---\ntitle: Later\ndescription: Not yet.\npublish: 2030-01-01T09:00:00Z\n---\nText.\n"));

        Assert.Equal("site.yaml:3:1: error: link 'Soon' leads to articles/later.md, which is scheduled for 2030-01-01 09:00 UTC", Assert.Single(problems, p => p.Path == "site.yaml").ToString());
    }

    [Fact]
    public void ALowContrastColour_IsRefused_WithBothColoursAndTheNearestShadeThatPasses()
    {
        var (snapshot, problems) = Load("colors:\n  light:\n    primary: \"#7aa7e0\"\n    accent: \"#1f5fbf\"\n");

        Assert.Null(snapshot);
        var problem = Assert.Single(problems, p => p.Severity == ContentSeverity.Error && p.Message.Contains("on the page background", StringComparison.Ordinal));
        Assert.Equal(("site.yaml", 3, 14), (problem.Path, problem.Line, problem.Column));
        Assert.Contains("#7aa7e0 on the page background #ffffff", problem.Message, StringComparison.Ordinal);
        var nearest = System.Text.RegularExpressions.Regex.Match(problem.Message, "nearest shade that passes is (#[0-9a-f]{6})$").Groups[1].Value;
        Assert.True(Colour.TryParse(nearest, out var shade), problem.Message);
        Assert.True(Contrast.Ratio(shade, Colour.White) >= 4.5, problem.Message);
        Assert.True(Contrast.Ratio(shade, ThemeContrast.Light.Surface) >= 4.5, "the shade offered passes on panels too: " + problem.Message);
        Assert.All(problems.Where(p => p.Message.StartsWith("colors.light.primary", StringComparison.Ordinal)), p => Assert.EndsWith(nearest, p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAccentTooFaintForTheFocusRing_IsRefusedInTheDarkThemeToo()
    {
        var (snapshot, problems) = Load("colors:\n  dark:\n    primary: \"#8dbbff\"\n    accent: \"#2a3340\"\n");

        Assert.Null(snapshot);
        Assert.Contains(problems, p => p.Line == 4 && p.Message.StartsWith("colors.dark.accent: the focus ring and chart bars #2a3340 on the page background #11161d", StringComparison.Ordinal)
            && p.Message.Contains("under the 3:1", StringComparison.Ordinal));
    }

    [Fact]
    public void TheThemeBackgroundsTheCheckUses_AreSiteCssOwn()
    {
        var css = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "wwwroot", "css", "site.css"));
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        string Value(string name, bool inDark)
        {
            var from = inDark ? dark : 0;
            var match = System.Text.RegularExpressions.Regex.Match(css[from..], $"--{name}: (#[0-9a-f]{{6}});");
            return match.Groups[1].Value;
        }

        Assert.Equal(Value("bg", false), ThemeContrast.Light.Background.ToHex());
        Assert.Equal(Value("surface", false), ThemeContrast.Light.Surface.ToHex());
        Assert.Equal(Value("bg", true), ThemeContrast.Dark.Background.ToHex());
        Assert.Equal(Value("surface", true), ThemeContrast.Dark.Surface.ToHex());
    }
}
