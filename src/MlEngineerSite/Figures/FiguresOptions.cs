using System.ComponentModel.DataAnnotations;
using MlEngineerSite.Content;

namespace MlEngineerSite.Figures;

/// <summary>How old a figure may be before pages note that newer data may exist. Environment: <c>Figures__StaleAfterYears</c>.</summary>
public sealed class FiguresOptions
{
    public const string SectionName = "Figures";

    [Range(1, 100)]
    public int StaleAfterYears { get; set; } = ContentLoadOptions.DefaultStaleAfterYears;
}
