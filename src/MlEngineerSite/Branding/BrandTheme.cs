using System.Text;

namespace MlEngineerSite.Branding;

/// <summary>
/// The brand's colours as the theme's custom properties (the names site.css uses), then the
/// content folder's extra stylesheet: one file, served from the site's origin under its CSP.
/// </summary>
public static class BrandTheme
{
    public static string Css(BrandColours? light, BrandColours? dark, string? extraCss)
    {
        var css = new StringBuilder();
        if (light is not null)
        {
            // Inside the light scheme's query: site.css sets the dark theme in its own, which a plain :root after it would override.
            css.Append("@media (prefers-color-scheme: light){:root{").Append(Properties(light)).Append("}}\n");
        }

        if (dark is not null)
        {
            css.Append("@media (prefers-color-scheme: dark){:root{").Append(Properties(dark)).Append("}}\n");
        }

        if (extraCss is not null)
        {
            css.Append(extraCss.TrimEnd()).Append('\n');
        }

        return css.ToString();
    }

    private static string Properties(BrandColours colours) =>
        $"--link:{colours.Primary};--accent:{colours.Accent};--accent-text:{colours.OnAccent};";
}
