using System.ComponentModel.DataAnnotations;
using MlEngineerSite.Content.Model;

namespace MlEngineerSite;

/// <summary>What the site calls itself and where it is published. Environment: <c>Site__Name</c>, <c>Site__BaseUrl</c>.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string SectionName = "Site";

    [Required]
    public string Name { get; set; } = "ML Engineer Careers";

    [Required]
    public string Tagline { get; set; } = "What machine learning engineers do, how to become one, and what the job pays, with every figure sourced.";

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
        foreach (var (name, value) in new[] { (nameof(Name), Name), (nameof(Tagline), Tagline) })
        {
            if (value is not null && ForbiddenCharacters.Contains(value))
            {
                yield return new ValidationResult($"Site__{name} contains a control character, which web pages and feeds may not contain", [name]);
            }
        }
    }
}
