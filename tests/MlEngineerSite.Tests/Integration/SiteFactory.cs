using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The real app on a content folder of the test's choosing (null: the bundled one), with a fixed public base URL.</summary>
public class ContentSiteFactory(string? contentPath) : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://careers.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, unlike ConfigureAppConfiguration, is visible to Program before the app is built.
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (contentPath is not null)
        {
            builder.UseSetting("Content:Path", contentPath);
        }
    }
}

/// <summary>The app on the basic test content, shared by the integration tests.</summary>
public sealed class SiteFactory() : ContentSiteFactory(TestPaths.BasicContent);

/// <summary>The app on the repository's own content/, exactly as <c>dotnet run</c> serves it.</summary>
public sealed class RealContentFactory() : ContentSiteFactory(contentPath: null);

[CollectionDefinition(nameof(SiteCollection))]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>;
