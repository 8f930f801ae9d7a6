using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MlEngineerSite.Tests.Deploy;

/// <summary>
/// Debian's nginx (installed by tools/test.sh) running one of the shipped docs/deploy configurations
/// in a folder of its own, on a free loopback port, in the foreground, stopped on dispose.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _folder;

    private NginxProcess(string folder, Process process, int port)
    {
        _folder = folder;
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    /// <summary>The shipped file's text: a test changes only its ports and paths.</summary>
    public static string Shipped(string name) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "deploy", name));

    /// <summary>The shipped file <paramref name="name"/> with each (from, to) replaced; a 'from' the file no longer holds fails the test, so the template cannot drift from the file.</summary>
    public static string Templated(string name, params (string From, string To)[] replacements)
    {
        var text = Shipped(name);
        foreach (var (from, to) in replacements)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Starts nginx with <paramref name="serverBlock"/> (the shipped configuration, templated) inside a minimal main file.</summary>
    public static async Task<NginxProcess> StartAsync(Func<int, string> serverBlock)
    {
        var port = LoopbackPort.Free();
        var folder = Directory.CreateTempSubdirectory("mlsite-nginx-").FullName;
        File.WriteAllText(Path.Combine(folder, "site.conf"), serverBlock(port));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-p", folder, "-c", Path.Combine(folder, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var nginx = new NginxProcess(folder, process, port);
        await nginx.WaitUntilListeningAsync(port);
        return nginx;
    }

    /// <summary>Waits until the port accepts a connection, or throws with nginx's error log when nginx exits first.</summary>
    private async Task WaitUntilListeningAsync(int port)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync(timeout.Token)}{ErrorLog()}");
            }

            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, timeout.Token); // Not yet listening: look again until the timeout.
            }
        }
    }

    public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // nginx's worker may still hold a temp file for a moment; the folder is under /tmp.
        }
    }
}
