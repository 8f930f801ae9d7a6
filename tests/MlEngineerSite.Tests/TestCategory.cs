namespace MlEngineerSite.Tests;

/// <summary>
/// The slow kinds of test, as traits: the browser tests (Chromium), the publish (the image's
/// composite ReadyToRun build) and the deployment tests (Debian's nginx in front of app processes
/// and of an export). Everything else is the fast set a contributor runs in about a minute:
/// <c>dotnet test --solution MlEngineerSite.sln -- --filter-not-trait Category=Browser --filter-not-trait Category=Publish --filter-not-trait Category=Deploy</c>.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";
    public const string Browser = "Browser";
    public const string Publish = "Publish";
    public const string Deploy = "Deploy";
}
