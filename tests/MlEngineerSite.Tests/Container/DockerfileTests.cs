using System.Text.Json;

namespace MlEngineerSite.Tests.Container;

/// <summary>The facts a self-hoster relies on when running the image.</summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Load();

    [Fact]
    public void BuildsWithTheSdk_AndRunsSelfContainedOnAChiseledImage()
    {
        var images = _dockerfile.All("FROM").ToList();

        Assert.Equal(2, images.Count);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0 AS build", images[0]);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra", images[1]);
        Assert.Contains(_dockerfile.FinalStage, l => l is ("COPY", "--from=build /app ."));
    }

    [Fact]
    public void RunsAsANonRootUser_OnPort8080()
    {
        Assert.Contains(_dockerfile.FinalStage, l => l is ("USER", "$APP_UID"));
        Assert.Contains(_dockerfile.FinalStage, l => l is ("EXPOSE", "8080"));
        Assert.Equal("8080", _dockerfile.Environment["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public void EntryPoint_IsExecForm()
    {
        var entryPoint = JsonSerializer.Deserialize<string[]>(_dockerfile.FinalStage.Single(l => l.Instruction == "ENTRYPOINT").Arguments)!;

        Assert.Equal(["/app/MlEngineerSite"], entryPoint);
    }

    [Fact]
    public void BundledContent_IsBakedIn_AtTheDocumentedPathAVolumeCanReplace()
    {
        Assert.Contains(_dockerfile.Lines, l => l is ("COPY", "content/ content/"));
        Assert.Equal("/app/content", _dockerfile.Environment["Content__Path"]);
        var compose = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "compose.yaml"));
        Assert.Contains("./content:/app/content:ro", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthCheck_UsesTheAppItself()
    {
        var healthCheck = _dockerfile.FinalStage.Single(l => l.Instruction == "HEALTHCHECK").Arguments;
        var command = JsonSerializer.Deserialize<string[]>(healthCheck[(healthCheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;

        Assert.Equal(["/app/MlEngineerSite", "healthcheck"], command);
    }

    [Fact]
    public void LogsAreJson_InTheContainer()
    {
        Assert.Equal("Json", _dockerfile.Environment["Log__Format"]);
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndHistoryOutOfTheContext()
    {
        var ignored = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, ".dockerignore"));

        // .cache/ holds the test tools (Lighthouse, the HTML checker): about 190 MB nobody's image needs.
        Assert.All(["**/bin/", "**/obj/", ".git/", "tests/", ".cache/"], entry => Assert.Contains(entry, ignored));
    }
}
