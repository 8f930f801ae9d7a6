using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MlEngineerSite.Content.Markdown;

/// <summary>The "#" link at the end of a section heading: a real link to the heading, usable without JavaScript.</summary>
public sealed class HeadingLinkInline(string id, string headingText) : LeafInline
{
    public string Id { get; } = id;

    public string HeadingText { get; } = headingText;
}

public sealed class HeadingLinkRenderer : HtmlObjectRenderer<HeadingLinkInline>
{
    protected override void Write(HtmlRenderer renderer, HeadingLinkInline obj) =>
        renderer.Write($" <a class=\"heading-link\" href=\"#{HtmlText.Encode(obj.Id)}\" aria-label=\"Link to the section “{HtmlText.Encode(obj.HeadingText)}”\">#</a>");
}
