using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Modules.Activities;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// What a week view asks PostgreSQL: the SQL EF Core sends for <c>AttendedOccurrences.BetweenAsync</c> (the module's own
/// class on the module's own context, as logged), then <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the bare week's two reads
/// (<see cref="AgendaBareQueries"/>) for one user and this week, and the first read with and without index-only scans.
/// </summary>
internal static partial class AgendaPlans
{
    public static async Task<string> ExplainAsync(string connectionString, Guid userId, DateOnly monday, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var fromUtc = AgendaMeasurement.Midnight(monday);
        var toUtc = AgendaMeasurement.Midnight(monday.AddDays(7));
        var logged = new List<string>();
        var builder = new DbContextOptionsBuilder<ActivitiesDbContext>();
        ModuleDbContextOptions.Apply(builder, new DatabaseOptions(DatabaseProvider.Postgres, connectionString, "./data"), ActivitiesModule.Schema);
        builder.LogTo(logged.Add, [RelationalEventId.CommandExecuted], LogLevel.Information);
        await using (var db = new ActivitiesDbContext(builder.Options))
        {
            var found = await new AttendedOccurrences(db).BetweenAsync([userId], fromUtc, toUtc, cancellationToken);
            text.AppendLine(CultureInfo.InvariantCulture, $"-- EF Core's SQL for AttendedOccurrences.BetweenAsync (one user, week of {monday:yyyy-MM-dd}: {found.Count} occurrences)");
            foreach (var command in logged)
            {
                var line = Regex.Replace(command.Trim(), @"\s*\n\s*", " ");
                var executed = line.IndexOf("Executed DbCommand", StringComparison.Ordinal);
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(executed >= 0 ? line[executed..] : line)}");
            }

            text.AppendLine();
        }

        var (earliest, from, to) = AgendaBareQueries.Bounds(fromUtc, toUtc);
        var appointmentIds = new List<Guid>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(AgendaBareQueries.AttendedSql, connection))
        {
            Bind(command, userId, earliest, from, to);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                appointmentIds.Add(reader.GetGuid(0));
            }
        }

        await ExplainAsync(text, connection, $"bare week, read 1: the user's attendee rows in range ({appointmentIds.Count} rows)", AgendaBareQueries.AttendedSql, c => Bind(c, userId, earliest, from, to), cancellationToken);
        await CompareIndexOnlyAsync(text, connection, c => Bind(c, userId, earliest, from, to), cancellationToken);
        await ExplainAsync(
            text, connection, $"bare week, read 2: the {appointmentIds.Distinct().Count()} appointments with their attendees", AgendaBareQueries.AppointmentsSql,
            c => c.Parameters.AddWithValue("appointments", NpgsqlDbType.Array | NpgsqlDbType.Uuid, appointmentIds.Distinct().ToArray()), cancellationToken);
        return text.ToString();
    }

    /// <summary>
    /// Read 1 as it is (an index-only scan of the covering index) against the same read with the table visited
    /// (<c>enable_indexonlyscan = off</c>: the plan the index had before it carried its columns, ADR 25), alternating on
    /// one connection, <see cref="Runs"/> times each: the median and 95th percentile of PostgreSQL's own execution time,
    /// and how many plans started parallel workers.
    /// </summary>
    private static async Task CompareIndexOnlyAsync(StringBuilder text, NpgsqlConnection connection, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        var times = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        var gathers = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var run = 0; run < 2 * Runs; run++)
        {
            var indexOnly = run % 2 == 0;
            await using (var setting = new NpgsqlCommand($"SET enable_indexonlyscan = {(indexOnly ? "on" : "off")}", connection))
            {
                await setting.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, TIMING OFF) {AgendaBareQueries.AttendedSql}", connection);
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = reader.GetString(0);
                gathers[indexOnly] += line.Contains("Gather", StringComparison.Ordinal) ? 1 : 0;
                var match = ExecutionTime().Match(line);
                if (match.Success)
                {
                    times[indexOnly].Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        await using (var reset = new NpgsqlCommand("RESET enable_indexonlyscan", connection))
        {
            await reset.ExecuteNonQueryAsync(cancellationToken);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"-- bare week, read 1, {Runs} runs of each alternating (EXPLAIN ANALYZE's execution time, ms)");
        foreach (var (indexOnly, label) in new[] { (true, "index-only scan (the covering index)        "), (false, "table visited (enable_indexonlyscan = off)") })
        {
            var stats = Statistics.Of(times[indexOnly]);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {label}  p50 {stats.Median,7:F3}  p95 {stats.P95,7:F3}  max {stats.Max,7:F3}  parallel workers in {gathers[indexOnly]} of {Runs} plans");
        }

        text.AppendLine();
    }

    private const int Runs = 40;

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();

    private static void Bind(NpgsqlCommand command, Guid userId, DateTimeOffset earliest, DateTimeOffset from, DateTimeOffset to)
    {
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, new[] { userId });
        command.Parameters.AddWithValue("earliest", NpgsqlDbType.TimestampTz, earliest);
        command.Parameters.AddWithValue("from", NpgsqlDbType.TimestampTz, from);
        command.Parameters.AddWithValue("to", NpgsqlDbType.TimestampTz, to);
    }

    private static async Task ExplainAsync(
        StringBuilder text, NpgsqlConnection connection, string title, string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}", connection);
        bind(command);
        text.AppendLine(CultureInfo.InvariantCulture, $"-- {title}");
        text.AppendLine(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {reader.GetString(0)}");
        }

        text.AppendLine();
    }
}
