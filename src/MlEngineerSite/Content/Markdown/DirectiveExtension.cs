using Markdig;
using Markdig.Renderers;

namespace MlEngineerSite.Content.Markdown;

/// <summary>Adds the site's own Markdown: <c>{{directives}}</c> (parser and renderers).</summary>
public sealed class DirectiveExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DirectiveInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new DirectiveInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<DirectiveInlineRenderer>();
            html.ObjectRenderers.AddIfNotAlready<DirectiveBlockRenderer>();
        }
    }
}
