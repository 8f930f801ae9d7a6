using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MlEngineerSite.Tests;

/// <summary>
/// The real app as its own process (<c>dotnet MlEngineerSite.dll</c>), the way a self-hoster runs
/// it: settings by environment variable, a real Kestrel port, its console output captured.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(IReadOnlyDictionary<string, string> environment, string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MlEngineerSite.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Test figures never go stale unless a test asks for it, whatever the date the suite runs on.
        start.Environment["Figures__StaleAfterYears"] = "100";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server on a free loopback port.</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> environment) =>
        new(environment, TestPaths.AppProject, ["--urls", "http://127.0.0.1:0", "--contentRoot", TestPaths.AppProject]);

    /// <summary>Runs one of the app's commands (check, anchors...) to completion.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var app = new AppProcess(environment, TestPaths.AppProject, arguments);
        var exitCode = await app.WaitForExitAsync();
        return (exitCode, app.Output);
    }

    /// <summary>Waits until Kestrel reports its address, or throws with the app's output when it exits first.</summary>
    public async Task<Uri> WaitUntilListeningAsync()
    {
        return await _listening.Task.WaitAsync(StartTimeout, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits for the process to exit (for runs that are expected to stop), returning its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // Drains the redirected output.
        return _process.ExitCode;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningPattern().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningPattern();
}
