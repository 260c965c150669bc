using System.Globalization;

namespace Crm.Benchmarks;

/// <summary>One start-up measurement: a fresh database, a host started on it, time to ready, then RSS after the idle delay.</summary>
internal static class BenchmarkRun
{
    public static async Task<RunResult> ExecuteAsync(
        RepositoryLayout layout, PostgresServer postgres, Provider provider, int run, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var setup = await HostSetup.CreateAsync(provider, postgres, run.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        {
            await Task.Delay(options.IdleDelay, cancellationToken);
            return new RunResult(provider, run, startup, ProcessMemory.ResidentSetBytes(host.ProcessId));
        }
    }
}
