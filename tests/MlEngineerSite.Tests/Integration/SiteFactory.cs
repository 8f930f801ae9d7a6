using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The real app on a content folder of the test's choosing (null: the bundled one), with a fixed public base URL.</summary>
public class ContentSiteFactory(string? contentPath, int staleAfterYears = 100) : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://careers.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, unlike ConfigureAppConfiguration, is visible to Program before the app is built.
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        builder.UseSetting("Log:Level", "Warning");
        // Test figures never go stale unless a test asks for it, whatever the date the suite runs on.
        builder.UseSetting("Figures:StaleAfterYears", staleAfterYears.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Files the tests write are complete when written: publish them without waiting for them to settle, unless a test asks.
        builder.UseSetting("Content:SettleMilliseconds", "0");
        if (contentPath is not null)
        {
            builder.UseSetting("Content:Path", contentPath);
        }
    }
}

/// <summary>The app on the basic test content, shared by the integration tests.</summary>
public sealed class SiteFactory() : ContentSiteFactory(TestPaths.BasicContent);

/// <summary>The app on the repository's own content/, exactly as <c>dotnet run</c> serves it.</summary>
public sealed class RealContentFactory() : ContentSiteFactory(contentPath: null, ContentLoadOptions.DefaultStaleAfterYears);

/// <summary>The basic test content with a one-year staleness limit, so its 2024 figures count as stale.</summary>
public sealed class StaleFiguresFactory() : ContentSiteFactory(TestPaths.BasicContent, staleAfterYears: 1);

[CollectionDefinition(nameof(SiteCollection))]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>;
