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
    private Action<string>? _lineReceived;

    private AppProcess(IReadOnlyDictionary<string, string> environment, string workingDirectory, string[] arguments)
        : this("dotnet", [Path.Combine(AppContext.BaseDirectory, "MlEngineerSite.dll"), .. arguments], environment, workingDirectory)
    {
    }

    private AppProcess(string fileName, string[] arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
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

    /// <summary>Starts the server on a free loopback port (or the given address).</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, string urls = "http://127.0.0.1:0") =>
        new(environment, TestPaths.AppProject, ["--urls", urls, "--contentRoot", TestPaths.AppProject]);

    /// <summary>Waits until the app has printed a line that matches, and returns it.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(string line)
        {
            if (match(line))
            {
                found.TrySetResult(line);
            }
        }

        lock (_output)
        {
            _lineReceived += Check;
            foreach (var line in _output.ToString().Split('\n'))
            {
                Check(line.TrimEnd('\r'));
            }
        }

        try
        {
            return await found.Task.WaitAsync(StartTimeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            lock (_output)
            {
                _lineReceived -= Check;
            }
        }
    }

    /// <summary>Starts any command line that runs the app (a published copy, under another user...).</summary>
    public static AppProcess Launch(string fileName, string[] arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory) =>
        new(fileName, arguments, environment, workingDirectory);

    public int Id => _process.Id;

    /// <summary>Asks the app to shut down as a container runtime does, with SIGTERM.</summary>
    public void Stop()
    {
        using var kill = Process.Start("/bin/sh", ["-c", $"kill -TERM {_process.Id}"]);
        kill.WaitForExit();
    }

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
            _lineReceived?.Invoke(line);
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

    // Text logs print the address bare; JSON logs quote it (\"http://...\").
    [GeneratedRegex(@"Now listening on: (?:\\"")?(?<url>http://[^\s""\\]+)")]
    private static partial Regex ListeningPattern();
}
