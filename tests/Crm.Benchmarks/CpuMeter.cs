using System.Diagnostics;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// CPU time (user and system) spent by the processes that serve a measurement: the host, the bare app, the PostgreSQL
/// backends connected to the database (from <c>pg_stat_activity</c>; only when the server runs on this machine, as the
/// throwaway cluster does) and this process, the clients. Read before and after a slice, so that the difference is
/// what the slice cost each of them.
/// </summary>
internal sealed class CpuMeter(NpgsqlConnection connection, int hostProcessId, int bareProcessId)
{
    public async Task<CpuReading> ReadAsync(CancellationToken cancellationToken)
    {
        var backends = new Dictionary<int, TimeSpan>();
        await using (var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Of(reader.GetInt32(0)) is { } time)
                {
                    backends[reader.GetInt32(0)] = time;
                }
            }
        }

        return new CpuReading(Of(hostProcessId) ?? TimeSpan.Zero, Of(bareProcessId) ?? TimeSpan.Zero, backends, Of(Environment.ProcessId) ?? TimeSpan.Zero);
    }

    /// <summary>A local process's CPU time, or null when no process here has that id (gone, or on another machine).</summary>
    private static TimeSpan? Of(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>CPU times at one moment; <see cref="Backends"/> by PostgreSQL backend process id.</summary>
internal sealed record CpuReading(TimeSpan Host, TimeSpan Bare, IReadOnlyDictionary<int, TimeSpan> Backends, TimeSpan Client)
{
    /// <summary>What each spent since <paramref name="before"/>; a backend that appeared meanwhile counts whole, and <see cref="CpuUse.Database"/> is null when no backend could be read.</summary>
    public CpuUse Since(CpuReading before) => new(
        Host - before.Host,
        Bare - before.Bare,
        Backends.Count == 0 ? null : TimeSpan.FromTicks(Backends.Sum(b => (b.Value - before.Backends.GetValueOrDefault(b.Key)).Ticks)),
        Client - before.Client);
}

/// <summary>CPU time spent by the host, the bare app, the database's backends and the clients over a while.</summary>
internal sealed record CpuUse(TimeSpan Host, TimeSpan Bare, TimeSpan? Database, TimeSpan Client);
