using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MlEngineerSite.Content.Markdown;

public sealed class DirectiveInlineRenderer : HtmlObjectRenderer<DirectiveInline>
{
    // An unresolved directive (already reported as a content problem) shows as its own text.
    protected override void Write(HtmlRenderer renderer, DirectiveInline obj)
    {
        if (obj.Html is { } html)
        {
            renderer.Write(html); // Rendered by a Razor component, which encoded it.
        }
        else
        {
            renderer.WriteEscape(obj.Source);
        }
    }
}

public sealed class DirectiveBlockRenderer : HtmlObjectRenderer<DirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, DirectiveBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write(obj.Html);
        renderer.EnsureLine();
    }
}
