using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace MlEngineerSite.Tests.Container;

/// <summary>
/// Runs the Dockerfile's own publish command and starts the output the way the image does: its
/// environment, a non-root user (when the tests run as root, as in CI), read-only content. Then
/// probes it, including with the HEALTHCHECK's own command.
/// </summary>
public sealed class PublishedAppTests
{
    [Fact]
    public async Task PublishedApp_RunsAsTheImageWould_AndIsHealthy()
    {
        var dockerfile = Dockerfile.Load();
        using var output = new TempContent(copyBasic: false);
        // The restore and publish lines as docker build runs them, with the build argument docker sets for this machine.
        var architecture = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "amd64";
        foreach (var command in new[] { "dotnet restore", "dotnet publish" })
        {
            var line = dockerfile.All("RUN").Single(r => r.StartsWith(command, StringComparison.Ordinal));
            var arguments = line["dotnet ".Length..].Replace("$TARGETARCH", architecture, StringComparison.Ordinal).Replace("-o /app", $"-o {output.Folder}", StringComparison.Ordinal);
            var (exit, log) = await RunAsync("dotnet", arguments);
            Assert.True(exit == 0, log);
        }

        using (var image = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(output.Folder, "MlEngineerSite.dll"))))
        {
            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the app was not compiled ReadyToRun");
        }

        // Content as the image holds it, read-only like a ":ro" volume.
        var content = Path.Combine(output.Folder, "content");
        Assert.True(Directory.Exists(Path.Combine(content, "articles")), "the publish output has no content/articles");
        await RunAsync("chmod", $"-R a-w {content}");

        var port = FreePort();
        var environment = dockerfile.Environment;
        environment["Content__Path"] = content;
        environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var asRoot = Environment.UserName == "root";
        var dll = Path.Combine(output.Folder, "MlEngineerSite.dll");
        // setpriv drops to nobody without a login shell, as the image's USER does.
        using var app = asRoot
            ? AppProcess.Launch("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", dll], environment, output.Folder)
            : AppProcess.Launch("dotnet", [dll], environment, output.Folder);
        try
        {
            var listening = await app.WaitUntilListeningAsync(); // http://[::]:port: every interface, as in the image.
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listening.Port}") };

            using var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
            using var page = await client.GetAsync("/articles/salary", TestContext.Current.CancellationToken);
            var (healthExit, healthLog) = await RunAsync("dotnet", $"{dll} healthcheck",
                new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = environment["ASPNETCORE_HTTP_PORTS"] });

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(healthExit == 0, healthLog);
            if (asRoot)
            {
                Assert.Contains("Uid:\t65534", File.ReadAllText($"/proc/{app.Id}/status"), StringComparison.Ordinal);
            }

            Assert.All(app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line));
        }
        finally
        {
            await RunAsync("chmod", $"-R u+w {content}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
