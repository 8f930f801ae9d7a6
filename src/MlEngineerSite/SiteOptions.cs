using System.ComponentModel.DataAnnotations;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite;

/// <summary>
/// Where the site is published, and what it calls itself when the content folder's site.yaml does
/// not say or must be overruled (<see cref="Branding.SiteBrand"/>). Environment: <c>Site__BaseUrl</c>,
/// <c>Site__Name</c>, <c>Site__Tagline</c>, <c>Site__Language</c>.
/// </summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string SectionName = "Site";

    /// <summary>The site's name, over site.yaml's; unset, the file's or the built-in one.</summary>
    public string? Name { get; set; }

    /// <summary>The tagline, over site.yaml's.</summary>
    public string? Tagline { get; set; }

    /// <summary>The language of the interface (en, de, fr, or a regional form such as de-CH), over site.yaml's.</summary>
    public string? Language { get; set; }

    /// <summary>The public address, used for canonical links and the sitemap (never the request's Host header).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Preview mode for editors (<c>Site__Preview=true</c>, or the <c>preview</c> command): each page
    /// reloads itself when the content changes and shows a refused edit's problems; every page is
    /// <c>noindex</c>. Never on by default: it is not for readers.
    /// </summary>
    public bool Preview { get; set; }

    public string AbsoluteUrl(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    /// <summary>The name and tagline go into every page, the feed and the OpenSearch description, where control characters are not allowed.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Language is not null && Localization.SiteLanguage.Parse(Language, out var problem) is null)
        {
            yield return new ValidationResult($"Site__Language: {problem}", [nameof(Language)]);
        }

        foreach (var (name, value) in new[] { (nameof(Name), Name), (nameof(Tagline), Tagline), (nameof(Language), Language) })
        {
            if (value is not null && ForbiddenCharacters.Contains(value))
            {
                yield return new ValidationResult($"Site__{name} contains a control character, which web pages and feeds may not contain", [name]);
            }
        }
    }
}
