using System.ComponentModel.DataAnnotations;

namespace MlEngineerSite.Figures.Reading;

/// <summary>How old a figure may be before pages note that newer data may exist. Environment: <c>Figures__StaleAfterYears</c>.</summary>
public sealed class FiguresOptions
{
    public const string SectionName = "Figures";

    public const int DefaultStaleAfterYears = 3;

    [Range(1, 100)]
    public int StaleAfterYears { get; set; } = DefaultStaleAfterYears;
}
