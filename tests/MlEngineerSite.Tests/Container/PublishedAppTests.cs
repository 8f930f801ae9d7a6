using System.Net;
using System.Text.Json;

namespace MlEngineerSite.Tests.Container;

/// <summary>
/// Runs the Dockerfile's build stage as docker build would (its COPY lines, its restore and publish
/// against an empty package folder) and starts the output the way the image does: its entry point
/// and environment, a non-root user (when the tests run as root, as in CI), read-only content. Then
/// probes it, including with the HEALTHCHECK's own command.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Publish)]
public sealed class PublishedAppTests
{
    [Fact]
    public async Task PublishedApp_RunsAsTheImageWould_AndIsHealthy()
    {
        var dockerfile = Dockerfile.Load();
        using var build = new BuildStage();
        // The build argument docker sets for this machine.
        var architecture = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "amd64";
        var (built, buildLog) = await build.RunAsync(dockerfile, new Dictionary<string, string> { ["TARGETARCH"] = architecture });
        Assert.True(built, buildLog);

        // Self-contained composite ReadyToRun: the runtime is in the output, compiled with the app into one native image.
        Assert.True(File.Exists(Path.Combine(build.Output, "libcoreclr.so")), "the publish output carries no .NET runtime");
        Assert.True(File.Exists(Path.Combine(build.Output, "MlEngineerSite.r2r.dll")), "the publish output has no composite ReadyToRun image");
        using (var image = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(build.Output, "MlEngineerSite.dll"))))
        {
            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the app was not compiled ReadyToRun");
        }

        // Content as the image holds it, read-only like a ":ro" volume.
        var content = Path.Combine(build.Output, "content");
        Assert.True(Directory.Exists(Path.Combine(content, "articles")), "the publish output has no content/articles");
        await Command.RunAsync("chmod", ["-R", "a-w", content], build.Output);

        var port = LoopbackPort.Free();
        var environment = dockerfile.Environment;
        environment["Content__Path"] = content;
        environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var asRoot = Environment.UserName == "root";
        var entryPoint = InImage(build, JsonSerializer.Deserialize<string[]>(dockerfile.FinalStage.Single(l => l.Instruction == "ENTRYPOINT").Arguments)!);
        // setpriv drops to nobody without a login shell, as the image's USER does.
        using var app = asRoot
            ? AppProcess.Launch("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", .. entryPoint], environment, build.Output)
            : AppProcess.Launch(entryPoint[0], entryPoint[1..], environment, build.Output);
        try
        {
            var listening = await app.WaitUntilListeningAsync(); // http://[::]:port: every interface, as in the image.
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listening.Port}") };

            using var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
            using var page = await client.GetAsync("/articles/salary", TestContext.Current.CancellationToken);
            // Cards are drawn with the app's own fonts and SkiaSharp's native library: nothing from the machine.
            using var card = await client.GetAsync("/cards/articles/salary/pay-in-the-bls-occupation.png", TestContext.Current.CancellationToken);
            var cardBytes = await card.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var healthCheck = dockerfile.FinalStage.Single(l => l.Instruction == "HEALTHCHECK").Arguments;
            var healthCommand = InImage(build, JsonSerializer.Deserialize<string[]>(healthCheck[(healthCheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!);
            var (healthExit, healthLog) = await Command.RunAsync(healthCommand[0], healthCommand[1..], build.Output,
                new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = environment["ASPNETCORE_HTTP_PORTS"] });

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, card.StatusCode);
            Assert.Equal((Cards.CardRenderer.Width, Cards.CardRenderer.Height), Integration.CardTests.PngSize(cardBytes));
            Assert.True(healthExit == 0, healthLog);
            if (asRoot)
            {
                Assert.Contains("Uid:\t65534", File.ReadAllText($"/proc/{app.Id}/status"), StringComparison.Ordinal);
            }

            Assert.All(app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line));
            await ServesASelfHostersFolderInItsLanguageAsync(build, environment, entryPoint);
        }
        finally
        {
            await Command.RunAsync("chmod", ["-R", "u+w", content], build.Output);
        }
    }

    /// <summary>
    /// A self-hoster's folder mounted in place of the bundled one (the demo), with the language set
    /// over its site.yaml: the published app formats in that culture, so it carries the culture data
    /// (ICU, which the image's chiseled-extra base provides) and the French resources.
    /// </summary>
    private static async Task ServesASelfHostersFolderInItsLanguageAsync(BuildStage build, Dictionary<string, string> imageEnvironment, string[] entryPoint)
    {
        var environment = new Dictionary<string, string>(imageEnvironment)
        {
            ["Content__Path"] = TestPaths.CareerCentre,
            ["Site__Language"] = "fr",
            ["ASPNETCORE_HTTP_PORTS"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using var app = AppProcess.Launch(entryPoint[0], entryPoint[1..], environment, build.Output);
        var listening = await app.WaitUntilListeningAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listening.Port}") };

        var home = Html.Parse(await client.GetStringAsync("/", TestContext.Current.CancellationToken));

        Assert.Equal("fr-FR", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu", home.QuerySelector(".skip-link")!.TextContent);
        Assert.Contains("140\u202f910\u00a0$\u00a0US", home.QuerySelector(".quick-facts")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A command of the final stage, with the image's <c>/app</c> standing for the build's output.</summary>
    private static string[] InImage(BuildStage build, string[] command) =>
        [.. command.Select(a => a.StartsWith("/app/", StringComparison.Ordinal) ? Path.Combine(build.Output, a["/app/".Length..]) : a)];
}
