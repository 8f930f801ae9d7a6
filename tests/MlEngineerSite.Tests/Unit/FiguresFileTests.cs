using MlEngineerSite.Content.Model;
using MlEngineerSite.Figures;
using MlEngineerSite.Figures.Reading;

namespace MlEngineerSite.Tests.Unit;

public sealed class FiguresFileTests
{
    private const string Good = """
        tables:
          - id: pay
            title: Pay
            figures:
              - key: median
                label: Median pay
                value: 136620
                unit: USD
                per: year
                date: 2022-05
                source: BLS, Handbook
                url: https://bls.example/
        """;

    private static (FigureCatalog Catalog, string Problems) Read(string yaml)
    {
        var diagnostics = new ContentDiagnostics();
        var catalog = FiguresFileReader.Read(yaml, comparison: null, TestClock.Options.FigureAge, diagnostics);
        return (catalog, string.Join("\n", diagnostics.Problems));
    }

    [Fact]
    public void GoodFile_ReadsEveryField()
    {
        var (catalog, problems) = Read(Good);
        var figure = catalog.ByKey["median"];

        Assert.Empty(problems);
        Assert.Equal((136620m, "USD", "year", new FigureDate(2022, 5), "BLS, Handbook", "https://bls.example/", "pay"),
            (figure.Number, figure.Unit, figure.Per, figure.Date, figure.Source, figure.SourceUrl, figure.TableId));
        Assert.Equal("data/figures.yaml:5", figure.DefinedAt);
    }

    [Theory]
    [InlineData("source: BLS, Handbook", "data/figures.yaml:5:9: error: 'source' is required")]
    [InlineData("date: 2022-05", "data/figures.yaml:5:9: error: 'date' is required")]
    [InlineData("value: 136620", "data/figures.yaml:5:9: error: 'value' is required")]
    public void FigureWithoutSourceDateOrValue_FailsWithLine(string removedLine, string expected)
    {
        var (_, problems) = Read(Good.Replace(removedLine, "", StringComparison.Ordinal));

        Assert.Contains(expected, problems);
    }

    [Theory]
    [InlineData("date: 2022-05", "date: May 2022", "data/figures.yaml:10:15: error: 'date' must be YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("value: 136620", "value: lots", "data/figures.yaml:7:16: error: 'value' must be a number")]
    [InlineData("per: year", "per: fortnight", "data/figures.yaml:9:14: error: 'per' must be one of")]
    [InlineData("url: https://bls.example/", "url: javascript:alert(1)", "data/figures.yaml:12:14: error: 'url' must be a web address starting with https://")]
    [InlineData("key: median", "key: Median Pay", "data/figures.yaml:5:14: error: figure key 'Median Pay'")]
    [InlineData("label: Median pay", "label: Median pay\n        colour: red", "data/figures.yaml:7:9: error: unknown key 'colour'")]
    public void InvalidField_FailsWithLineAndColumn(string line, string replacement, string expected)
    {
        var (_, problems) = Read(Good.Replace(line, replacement, StringComparison.Ordinal));

        Assert.Contains(expected, problems);
    }

    [Fact]
    public void DuplicateKey_NamesTheFirstDefinition()
    {
        var twice = Good + "\n" + string.Join('\n', Good.Split('\n').Skip(4));

        Assert.Contains("figure key 'median' is already used at data/figures.yaml:5", Read(twice).Problems);
    }

    [Fact]
    public void BrokenFigure_IsReportedOnce_NotAgainWhereItIsUsed()
    {
        var problems = Read("quick_facts:\n  - median\n" + Good.Replace("date: 2022-05", "date: soon", StringComparison.Ordinal)).Problems;

        Assert.Single(problems.Split('\n'));
        Assert.Contains("'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not 'soon'", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownQuickFact_FailsWithLine() =>
        Assert.Contains("data/figures.yaml:2:5: error: quick fact 'nope'", Read("quick_facts:\n  - nope\n" + Good).Problems);

    [Fact]
    public void BrokenYaml_FailsWithLine() =>
        Assert.Contains("data/figures.yaml:3:1: error: invalid YAML", Read("tables:\n  - id: [unclosed\n").Problems);

    [Theory]
    [InlineData(136620, "USD", "year", null, null, false, "$136,620 a year")]
    [InlineData(65.69, "USD", "hour", null, null, false, "$65.69 an hour")]
    [InlineData(23, "percent", null, null, null, false, "23%")]
    [InlineData(8300, "jobs", null, null, null, true, "+8,300 jobs")]
    [InlineData(3400, "openings", null, "about", null, false, "about 3,400 openings")]
    [InlineData(21.17, "USD", null, null, "billion", false, "$21.17 billion")]
    [InlineData(50000, "EUR", "year", null, null, false, "€50,000 a year")]
    [InlineData(90000, "CHF", "year", null, null, false, "CHF 90,000 a year")]
    public void Formatter_WritesValueUnitAndPeriod(double number, string unit, string? per, string? approx, string? scale, bool signed, string expected)
    {
        var figure = new Figure
        {
            Key = "k",
            Label = "L",
            Number = (decimal)number,
            Unit = unit,
            Per = per,
            Approx = approx,
            Scale = scale,
            Signed = signed,
            Date = new FigureDate(2022),
            Source = "S",
            TableId = "t",
            DefinedAt = "x",
        };

        Assert.Equal(expected, figure.DisplayValue);
    }

    [Theory]
    [InlineData("2022", "2022", "2022")]
    [InlineData("2022-05", "May 2022", "2022-05")]
    [InlineData("2022-05-31", "31 May 2022", "2022-05-31")]
    public void FigureDate_ParsesYearMonthOrDay(string text, string display, string iso)
    {
        Assert.True(FigureDate.TryParse(text, out var date));
        Assert.Equal((display, iso), (date.ToString(), date.ToIsoString()));
    }
}
