namespace MlEngineerSite.Cards;

/// <summary>
/// What a link-preview card shows: the site's name, the page it previews (for a section, its
/// article above its heading), a line or two of what it says, and, for a section that cites one,
/// its headline figure with the date.
/// </summary>
public sealed record Card(string SiteName, string? Kicker, string Title, string? Summary, CardFigure? Figure, string Address)
{
    /// <summary>The brand's colour for the bar and the site's name: its dark theme's accent, which site.yaml's check keeps readable on a dark ground; null for the site's own.</summary>
    public Branding.Colour? Accent { get; init; }
}

/// <summary>A headline figure as the card prints it: "Median annual pay", "$140,910 a year", "BLS, May 2024".</summary>
public sealed record CardFigure(string Label, string Value, string Note);
