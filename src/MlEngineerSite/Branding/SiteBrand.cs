using MlEngineerSite.Localization;

namespace MlEngineerSite.Branding;

/// <summary>
/// Who the site is: its name, words, language, logo, colours and links. From the content folder's
/// optional <c>site.yaml</c> (<see cref="BrandFileReader"/>), with the <c>Site__*</c> settings
/// winning over the file and built-in defaults for what neither says.
/// </summary>
public sealed record SiteBrand
{
    public const string DefaultName = "ML Engineer Careers";

    public const string DefaultTagline = "What machine learning engineers do, how to become one, and what the job pays, with every figure sourced.";

    public string Name { get; init; } = DefaultName;

    public string Tagline { get; init; } = DefaultTagline;

    /// <summary>The home page's heading; without one, the interface's own (in the site's language).</summary>
    public string? Headline { get; init; }

    public SiteLanguage Language { get; init; } = SiteLanguage.English;

    public BrandImage? Logo { get; init; }

    public BrandAsset? Favicon { get; init; }

    /// <summary>The colours of the light and the dark theme; null keeps the site's own.</summary>
    public BrandColours? Light { get; init; }

    public BrandColours? Dark { get; init; }

    /// <summary>The header's links; null keeps the site's own (articles, the comparison, pay).</summary>
    public IReadOnlyList<BrandLink>? Navigation { get; init; }

    public BrandFooter Footer { get; init; } = new();

    /// <summary>The theme's colours and the extra stylesheet as one file (one request), or null when the brand changes neither.</summary>
    public BrandAsset? Stylesheet { get; init; }

    /// <summary>Every file the brand serves under <c>/brand/</c>, by its hashed address.</summary>
    public IEnumerable<BrandAsset> Assets => new[] { Logo?.Asset, Favicon, Stylesheet }.OfType<BrandAsset>();

    public static SiteBrand Default { get; } = new();
}

/// <summary>A link in the header or footer, and the line of site.yaml that gives it (for the check of where it leads).</summary>
public sealed record BrandLink(string Title, string Url, int Line = 0);

/// <summary>The footer's text, the organisation's legal name, a contact address and links.</summary>
public sealed record BrandFooter
{
    public string? Text { get; init; }

    public string? Organisation { get; init; }

    public string? Contact { get; init; }

    public IReadOnlyList<BrandLink> Links { get; init; } = [];
}

/// <summary>The two colours a brand sets for one theme: links (primary) and buttons, focus ring and chart bars (accent).</summary>
public sealed record BrandColours(Colour Primary, Colour Accent)
{
    /// <summary>The text on an accent-coloured button: white or near-black, whichever reads better.</summary>
    public Colour OnAccent => Contrast.ReadableOn(Accent);
}

/// <summary>A logo and what it says to someone who cannot see it, shown <see cref="Height"/> pixels high.</summary>
/// <param name="Asset">The file.</param>
/// <param name="Alt">What it says.</param>
/// <param name="IncludesName">The logo spells the site's name itself, so the header shows the logo alone.</param>
public sealed record BrandImage(BrandAsset Asset, string Alt, bool IncludesName = false)
{
    public const int Height = 40;

    /// <summary>The width at <see cref="Height"/>, from the file's own proportions (square when it does not say).</summary>
    public int Width { get; } = ImageSize.Of(Asset.Bytes, Asset.Extension) is { } size ? (int)Math.Round(Height * size.Width / size.Height) : Height;
}

/// <summary>A file the brand serves: its bytes, its type and an address that changes with its bytes (so it is cached for good).</summary>
public sealed record BrandAsset(byte[] Bytes, string ContentType, string Extension)
{
    public const string UrlPrefix = "/brand/";

    public string Hash { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes))[..16];

    public string Url => UrlPrefix + Hash + Extension;
}
