using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlEngineerSite.Content.Model;
using MlEngineerSite.Content.Publishing;

namespace MlEngineerSite.Tests.Integration;

/// <summary>The real app whose content has articles missing their sources list, so the real article page throws: a genuine 500.</summary>
public static class FailingSiteFactory
{
    public static WebApplicationFactory<Program> Create()
    {
        var (good, _) = ContentLoader.Load(TestPaths.BasicContent, TestClock.Options);
        var broken = new ContentSnapshot(good!.Articles.Select(a => a with { Authors = null! }), good.Figures, good.Version, good.Modified);
        return new SiteFactory().WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(new ContentStore(TestPaths.BasicContent, broken))));
    }
}
