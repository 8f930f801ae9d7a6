using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace MlEngineerSite.Rendering;

/// <summary>
/// Renders a Razor component to an HTML string outside a request: the figures, tables and charts an
/// article embeds are rendered once, when content loads, and served as part of its HTML. Razor
/// encodes every value, so no markup is built by hand. One renderer for the process; its dispatcher
/// runs one render at a time. Text in any script stays readable (<see cref="Encoder"/>).
/// </summary>
public static class ComponentHtml
{
    /// <summary>Encodes only what HTML needs; letters of every script are written as they are (the pages use the same).</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly HtmlRenderer Renderer = new(
        new ServiceCollection()
            .AddSingleton(Encoder)
            .AddSingleton(Localization.SiteText.T)
            .AddSingleton<IComponentActivator, ParameterlessActivator>()
            .BuildServiceProvider(),
        NullLoggerFactory.Instance);

    public static string Render<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var view = ParameterView.FromDictionary(parameters.ToDictionary(p => p.Name, p => p.Value));
        var culture = System.Globalization.CultureInfo.CurrentCulture; // The caller's (the site's language): the dispatcher's thread has its own.
        return Renderer.Dispatcher.InvokeAsync(async () =>
            {
                using var language = new Localization.CultureScope(culture);
                return (await Renderer.RenderComponentAsync<TComponent>(view)).ToHtmlString();
            })
            .GetAwaiter().GetResult();
    }

    /// <summary>
    /// Makes a component with its parameterless constructor. The framework's activator compiles a
    /// factory (an expression tree, then the JIT) for each component type, which the first load at
    /// start-up paid for every figure kind; these components take nothing from the constructor.
    /// </summary>
    private sealed class ParameterlessActivator : IComponentActivator
    {
        public IComponent CreateInstance(Type componentType) => (IComponent)Activator.CreateInstance(componentType)!;
    }
}
