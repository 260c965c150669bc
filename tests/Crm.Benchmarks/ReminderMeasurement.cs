using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>What became of one seeded reminder.</summary>
internal sealed record ReminderOutcome(
    Guid Id, DateTimeOffset DueAtUtc, DateTimeOffset? FiredAtUtc, int Notifications, int Fires, DateTimeOffset? WrittenAt, string? Host, long? Transaction);

/// <summary>One phase's reminders (seeded together) and what became of them.</summary>
internal sealed record ReminderPhase(
    string Name, int Count, DateTimeOffset FirstDue, DateTimeOffset LastDue, DateTimeOffset VisibleAt, TimeSpan Waited, bool TimedOut,
    IReadOnlyList<ReminderOutcome> Outcomes, int UnmatchedNotifications, int OtherRowsFired);

/// <summary>
/// Watches the hosts' dispatchers from the database. A benchmark-owned trigger (schema <c>bench</c>, outside the
/// application's) records every committed change of a reminder's <c>fired_at_utc</c> with the connection's
/// <c>application_name</c> (each host connects with its own), its transaction id and <c>clock_timestamp()</c>: which
/// host fired a row, in which batch, when it was written, and whether any row was fired twice. Rows are seeded by
/// COPY (<see cref="ReminderRows"/>) and listed in <c>bench.seeded</c> under their phase; a phase is polled until all
/// its rows have fired (or a timeout), then, after a few poll intervals more (a late duplicate would show), each row
/// is read with its notifications (same user, kind <c>reminder</c>, title ending with the reminder's unique title).
/// </summary>
internal sealed class ReminderMeasurement(string connectionString)
{
    private const string Install = """
        CREATE SCHEMA bench;
        CREATE TABLE bench.seeded (id uuid PRIMARY KEY, phase text NOT NULL);
        CREATE TABLE bench.fires (reminder_id uuid NOT NULL, application_name text NOT NULL, transaction_id bigint NOT NULL, at timestamptz NOT NULL);
        CREATE FUNCTION bench.record_fire() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO bench.fires VALUES (NEW.id, current_setting('application_name'), txid_current(), clock_timestamp());
            RETURN NULL;
        END $$;
        CREATE TRIGGER bench_record_fire AFTER UPDATE OF fired_at_utc ON activities.reminders
            FOR EACH ROW WHEN (OLD.fired_at_utc IS DISTINCT FROM NEW.fired_at_utc) EXECUTE FUNCTION bench.record_fire();
        """;

    // Grouped once and hash-joined (a per-row subquery over 10,000 reminders and as many fires takes minutes); only
    // notifications created since the run started can be a seeded reminder's.
    private const string Outcomes = """
        WITH s AS (
            SELECT r.id, r.user_id, r.title, r.due_at_utc, r.fired_at_utc
            FROM bench.seeded b JOIN activities.reminders r ON r.id = b.id
            WHERE b.phase = @phase),
        n AS (
            SELECT s.id, count(*)::int AS notifications
            FROM s JOIN activities.notifications n ON n.user_id = s.user_id AND right(n.title, length(s.title)) = s.title
            WHERE n.kind = 'reminder' AND n.created_at_utc >= @since
            GROUP BY s.id),
        f AS (
            SELECT reminder_id, count(*)::int AS fires, min(at) AS at,
                (array_agg(application_name ORDER BY at))[1] AS application_name, (array_agg(transaction_id ORDER BY at))[1] AS transaction_id
            FROM bench.fires
            GROUP BY reminder_id)
        SELECT s.id, s.due_at_utc, s.fired_at_utc, coalesce(n.notifications, 0), coalesce(f.fires, 0), f.at, f.application_name, f.transaction_id
        FROM s LEFT JOIN n ON n.id = s.id LEFT JOIN f ON f.reminder_id = s.id
        ORDER BY s.due_at_utc
        """;

    public static async Task<ReminderMeasurement> InstallAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await SeedIndexes.ExecuteAsync(connection, Install, cancellationToken);
        return new ReminderMeasurement(connectionString);
    }

    /// <summary>
    /// Writes the phase's rows (one COPY, committed at once), waits until every one has fired or <paramref name="timeout"/>
    /// after the last is due, then <paramref name="settle"/> more, and reads what became of them.
    /// </summary>
    public async Task<ReminderPhase> RunAsync(
        string phase, IReadOnlyList<ReminderRow> rows, TimeSpan timeout, TimeSpan settle, DateTimeOffset runStartedAt, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ReminderRows.WriteAsync(connection, rows, cancellationToken);
            await using (var importer = await connection.BeginBinaryImportAsync("COPY bench.seeded (id, phase) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(phase, NpgsqlDbType.Text, cancellationToken);
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var visibleAt = DateTimeOffset.UtcNow;
        var firstDue = rows.Min(r => r.DueAtUtc);
        var lastDue = rows.Max(r => r.DueAtUtc);
        Console.WriteLine($"  {phase}: {rows.Count:N0} reminders written (due {Describe(firstDue - visibleAt)} to {Describe(lastDue - visibleAt)} from the commit); load average {LoadAverage()}");
        var stopwatch = Stopwatch.StartNew();
        var deadline = lastDue + timeout;
        var nextReport = TimeSpan.FromSeconds(10);
        var timedOut = false;
        while (true)
        {
            var unfired = await UnfiredAsync(connection, phase, cancellationToken);
            if (unfired == 0)
            {
                break;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                timedOut = true;
                Console.WriteLine($"  {phase}: {unfired:N0} still unfired {timeout.TotalSeconds:F0} s after the last was due: stopped waiting");
                break;
            }

            if (stopwatch.Elapsed >= nextReport)
            {
                Console.WriteLine($"  {phase}: {stopwatch.Elapsed.TotalSeconds,4:F0} s, {rows.Count - unfired:N0} of {rows.Count:N0} fired");
                nextReport += TimeSpan.FromSeconds(10);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        var waited = stopwatch.Elapsed;
        Console.WriteLine($"  {phase}: {(timedOut ? "stopped" : "all fired")} after {waited.TotalSeconds:F1} s; load average {LoadAverage()}");
        await Task.Delay(settle, cancellationToken);
        var outcomes = await OutcomesAsync(connection, phase, runStartedAt, cancellationToken);
        var (unmatched, others) = await StrayAsync(connection, runStartedAt, cancellationToken);
        return new ReminderPhase(phase, rows.Count, firstDue, lastDue, visibleAt, waited, timedOut, outcomes, unmatched, others);
    }

    private static async Task<long> UnfiredAsync(NpgsqlConnection connection, string phase, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM bench.seeded s JOIN activities.reminders r ON r.id = s.id WHERE s.phase = @phase AND r.fired_at_utc IS NULL", connection);
        command.Parameters.AddWithValue("phase", phase);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<ReminderOutcome>> OutcomesAsync(NpgsqlConnection connection, string phase, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Outcomes, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("phase", phase);
        command.Parameters.AddWithValue("since", since);
        var outcomes = new List<ReminderOutcome>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add(new ReminderOutcome(
                reader.GetGuid(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }

        return outcomes;
    }

    /// <summary>
    /// Reminder notifications created since the run started that match no seeded reminder, and fires of rows that were
    /// not seeded by a phase (the backlog, already fired, or the seed check's reminder, due two days later).
    /// </summary>
    private static async Task<(int Unmatched, int Others)> StrayAsync(NpgsqlConnection connection, DateTimeOffset runStartedAt, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT
                (SELECT count(*) FROM activities.notifications n WHERE n.kind = 'reminder' AND n.created_at_utc >= @since
                    AND NOT EXISTS (SELECT 1 FROM bench.seeded s JOIN activities.reminders r ON r.id = s.id
                        WHERE r.user_id = n.user_id AND right(n.title, length(r.title)) = r.title))::int,
                (SELECT count(*) FROM bench.fires f WHERE NOT EXISTS (SELECT 1 FROM bench.seeded s WHERE s.id = f.reminder_id))::int
            """;
        await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("since", runStartedAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>The machine's load (1, 5 and 15 minutes): the hosts, PostgreSQL and this program share the CPUs with anything else running.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Describe(TimeSpan offset) =>
        $"{(offset < TimeSpan.Zero ? "-" : "+")}{Math.Abs(offset.TotalSeconds):F1} s";
}
