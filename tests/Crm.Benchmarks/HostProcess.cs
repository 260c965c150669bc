using System.Diagnostics;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// One CRM host started as <c>dotnet Crm.Host.dll</c> with the given environment; measures the time from just before
/// <see cref="Process.Start()"/> to the first HTTP 200 from <c>/health/ready</c>. Disposing kills the process tree.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private const int KeptOutputLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private HostProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    /// <summary>Starts the host and returns it with the elapsed time until <c>/health/ready</c> first answered 200.</summary>
    public static Task<(HostProcess Host, TimeSpan Startup)> StartAndWaitUntilReadyAsync(
        RepositoryLayout layout, int port, IReadOnlyDictionary<string, string?> environment, BenchmarkOptions options, CancellationToken cancellationToken) =>
        StartAndWaitUntilReadyAsync(layout.HostDll, layout.HostDirectory, [], port, environment, options, cancellationToken);

    /// <summary>Starts <c>dotnet &lt;dll&gt; &lt;arguments&gt;</c>, any app that answers 200 on <c>/health/ready</c> once ready (the bare contacts server).</summary>
    public static async Task<(HostProcess Host, TimeSpan Startup)> StartAndWaitUntilReadyAsync(
        string dll, string workingDirectory, IReadOnlyList<string> arguments, int port, IReadOnlyDictionary<string, string?> environment,
        BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);

        var readyUri = new Uri($"http://127.0.0.1:{port}/health/ready");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (await IsReadyAsync(http, readyUri, cancellationToken))
                {
                    var startup = stopwatch.Elapsed;
                    return (host, startup);
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {process.ExitCode} before it was ready:\n{host.Output}");
                }

                if (stopwatch.Elapsed > options.ReadyTimeout)
                {
                    throw new TimeoutException($"The host was not ready after {options.ReadyTimeout.TotalSeconds} s:\n{host.Output}");
                }

                await Task.Delay(options.PollInterval, cancellationToken);
            }
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to kill.
        }

        _process.Dispose();
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return new StringBuilder().AppendJoin('\n', _output).ToString();
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri readyUri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(readyUri, cancellationToken);
            return response.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // The request timed out while the host was busy starting.
        }
    }
}
