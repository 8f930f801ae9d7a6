using System.Text.RegularExpressions;
using System.Xml.Linq;
using MlEngineerSite.Figures;
using MlEngineerSite.Localization;

namespace MlEngineerSite.Tests.Unit.Localization;

/// <summary>Every word of the interface has a resource, and every shipped language has every one of them.</summary>
public sealed partial class InterfaceTextTests
{
    private static string Resources(string suffix) =>
        Path.Combine(TestPaths.AppProject, "Localization", $"SiteText{suffix}.resx");

    private static Dictionary<string, string> Read(string suffix) =>
        XDocument.Load(Resources(suffix)).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [GeneratedRegex(@"\bT\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void EveryKeyTheCodeAsksFor_IsInTheEnglishResources()
    {
        var english = Read("");
        var used = Directory.EnumerateFiles(TestPaths.AppProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal))))
            .ToList();

        Assert.True(used.Count > 80, $"only {used.Count} uses found: the scan is broken");
        Assert.Empty(used.Where(u => !english.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}"));
        Assert.Empty(english.Keys.Except(used.Select(u => u.Key)).Select(k => $"unused: {k}"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    public void AShippedLanguage_HasEveryKey_WithTheSamePlaceholders(string language)
    {
        var english = Read("");
        var translated = Read("." + language);

        Assert.Empty(english.Keys.Except(translated.Keys).Select(k => $"missing from {language}: {k}"));
        Assert.Empty(translated.Keys.Except(english.Keys).Select(k => $"not in English: {k}"));
        foreach (var (key, value) in translated)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{language}: '{key}' is empty");
            Assert.Equal(Placeholder().Matches(english[key]).Select(m => m.Value).Order(), Placeholder().Matches(value).Select(m => m.Value).Order());
        }
    }

    [Fact]
    public void ShippedLanguages_AreTheOnesWithResources()
    {
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(Resources(""))!, "SiteText.*.resx").Select(f => Path.GetFileName(f).Split('.')[1]);

        Assert.Equal(SiteLanguage.Shipped.Where(l => l != "en").Order(), files.Order());
    }

    [Theory]
    [InlineData("de", "Link kopieren", "1. Dezember 2026")]
    [InlineData("fr", "Copier le lien", "1 décembre 2026")]
    [InlineData("en", "Copy link", "1 December 2026")]
    public void TheSiteLanguage_ChoosesTheWordsAndTheDates(string code, string copyLink, string date)
    {
        using (SiteLanguage.Parse(code, out _)!.Use())
        {
            Assert.Equal(copyLink, SiteText.T["Copy link"]);
            Assert.Equal(date, SiteText.Date(new DateOnly(2026, 12, 1)));
        }
    }

    [Theory]
    [InlineData("en", "$140,910 a year", "20%")]
    [InlineData("de", "140.910\u00a0US-$ pro Jahr", "20\u00a0%")]
    [InlineData("fr", "140\u202f910\u00a0$\u00a0US par an", "20\u00a0%")]
    public void Figures_AreWrittenInTheLanguage_InTheDataCurrency(string code, string pay, string growth)
    {
        using (SiteLanguage.Parse(code, out _)!.Use())
        {
            Assert.Equal(pay, FigureFormatter.Format(new Figure { Key = "pay", Label = "Pay", Number = 140910, Unit = "USD", Per = "year", Source = "BLS", Date = new FigureDate(2024, 5), TableId = "t", DefinedAt = "x" }));
            Assert.Equal(growth, FigureFormatter.Format(new Figure { Key = "growth", Label = "Growth", Number = 20, Unit = "percent", Source = "BLS", Date = new FigureDate(2024), TableId = "t", DefinedAt = "x" }));
        }
    }

    [Theory]
    [InlineData("de", "de-DE")]
    [InlineData("de-CH", "de-CH")]
    [InlineData("FR", "fr-FR")]
    [InlineData("en", "en-GB")]
    [InlineData(null, "en-GB")]
    public void ALanguageCode_MeansItsMainRegionUnlessItNamesOne(string? code, string tag)
    {
        Assert.Equal(tag, SiteLanguage.Parse(code, out var problem)!.Tag);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("en", "Warning", "Tip", "See also")]
    [InlineData("de", "Warnung", "Tipp", "See also")]
    [InlineData("fr", "Avertissement", "Astuce", "See also")]
    public void ACallOutWithoutATitle_IsTitledInTheSiteLanguage_AnOwnKindAsWritten(string code, string warning, string tip, string ownKind)
    {
        const string markdown = "> [!WARNING]\n> Back up first.\n\n!!! tip\n    Use a virtual environment.\n\n!!! see-also\n    The salary page.\n";

        string html;
        using (SiteLanguage.Parse(code, out _)!.Use())
        {
            html = Markdig.Markdown.ToHtml(markdown, MlEngineerSite.Content.Markdown.SiteMarkdown.Pipeline);
        }

        var titles = Regex.Matches(html, "<p class=\"callout-title\">([^<]*)</p>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([warning, tip, ownKind], titles);
    }

    [Fact]
    public void TheBundledContent_LoadsInEveryShippedLanguage_WithItsRegisteredSectionIds()
    {
        foreach (var language in SiteLanguage.Shipped)
        {
            var (snapshot, problems) = MlEngineerSite.Content.Publishing.ContentLoader.Load(TestPaths.RealContent, TestClock.Options with { Site = new SiteOptions { Language = language } });

            Assert.True(snapshot is not null, $"{language}: " + string.Join("\n", problems.Where(p => p.Severity == MlEngineerSite.Content.Model.ContentSeverity.Error)));
            Assert.Contains(snapshot.BySlug["salary"].Sections, s => s.Id == "on-this-page");
        }
    }

    [Fact]
    public void AnUnknownLanguageSetting_IsRefusedAtStartUp_NamingTheSetting()
    {
        var settings = new SiteOptions { Language = "es" };

        var problem = Assert.Single(settings.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(settings)));

        Assert.Equal("Site__Language: the interface is translated into en, de, fr only, not 'es'", problem.ErrorMessage);
    }
}
