namespace MlEngineerSite.Content.Model;

/// <summary>
/// What a section of an article is: a heading of the author's text, or one of the parts the page
/// adds around it, each with a heading a reader can link to and share like the text's own. In the
/// order the page shows them.
/// </summary>
public enum SectionKind
{
    /// <summary>"On this page": the list of the article's sections.</summary>
    Contents,

    /// <summary>The quick facts, on the figures article.</summary>
    QuickFacts,

    /// <summary>The occupation at a glance, on the figures article.</summary>
    AtAGlance,

    /// <summary>A heading in the article's Markdown and what follows it.</summary>
    Text,

    /// <summary>The sources the article cites.</summary>
    Sources,
}
