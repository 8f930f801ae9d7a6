using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MlEngineerSite.Content.Markdown;

/// <summary>
/// The "#" link at the end of a section heading: a real link to the heading, usable without
/// JavaScript. A link node in the heading's own tree, so Markdig writes (and encodes) it like any
/// other; its own type keeps it out of the heading's text (<see cref="InlineText"/>).
/// </summary>
public sealed class HeadingLinkInline : LinkInline
{
    public HeadingLinkInline(string id, string headingText)
        : base("#" + id, "")
    {
        var attributes = this.GetAttributes();
        attributes.AddClass("heading-link");
        attributes.AddProperty("aria-label", Localization.SiteText.T["Link to the section “{0}”", headingText]);
        AppendChild(new LiteralInline("#"));
    }
}
