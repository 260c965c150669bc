using System.Diagnostics;
using System.Globalization;
using Crm.Modules.Activities.Domain.Appointments;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>The bare week's times: the two reads, then (apart) the expansion of what they read with the module's schedule.</summary>
internal readonly record struct BareAnswer(double Milliseconds, double ExpandMilliseconds, int Rows, int Appointments, int Occurrences);

/// <summary>
/// The yardstick of a calendar request: the two indexed reads <c>AttendedOccurrences.BetweenAsync</c> issues, with the
/// same bounds, as plain SQL on a plain Npgsql connection (statements prepared after two uses, as the host's connections
/// are), no EF, no HTTP, no visibility, no JSON: the attendees' rows in range (one-off appointments by a bounded start,
/// series apart, one <c>UNION ALL</c>), then the appointments they name with all their attendees, every column read.
/// A time runs from sending the first statement to reading the last row. The expansion of the appointments read into
/// occurrences (the module's <see cref="AppointmentSchedule.Between(DateTimeOffset, DateTimeOffset)"/>, what the host does next) is timed apart.
/// </summary>
internal sealed class AgendaBareQueries(NpgsqlConnection connection) : IAsyncDisposable
{
    /// <summary>The attendees' rows in range, as EF Core writes <c>AttendedOccurrences</c>' <c>Concat</c>.</summary>
    public const string AttendedSql =
        "SELECT a.appointment_id, a.attendee_id, a.response FROM activities.appointment_attendees AS a "
        + "WHERE a.attendee_id = ANY (@ids) AND NOT (a.recurring) AND a.start_utc >= @earliest AND a.start_utc < @to AND a.end_utc > @from AND NOT (a.cancelled) "
        + "UNION ALL "
        + "SELECT a0.appointment_id, a0.attendee_id, a0.response FROM activities.appointment_attendees AS a0 "
        + "WHERE a0.attendee_id = ANY (@ids) AND a0.recurring AND a0.start_utc < @to AND (a0.series_end_utc IS NULL OR a0.series_end_utc > @from) AND NOT (a0.cancelled)";

    /// <summary>The appointments named, with all their attendees, as EF Core writes the <c>Include</c>.</summary>
    public static readonly string AppointmentsSql =
        $"SELECT {string.Join(", ", AgendaRows.AppointmentColumns.Select(c => "a." + c))}, {string.Join(", ", AgendaRows.AttendeeColumns.Select(c => "t." + c))} "
        + "FROM activities.appointments AS a LEFT JOIN activities.appointment_attendees AS t ON a.id = t.appointment_id "
        + "WHERE a.id = ANY (@appointments) ORDER BY a.id, t.appointment_id, t.kind";

    private static readonly int Zone = Array.IndexOf(AgendaRows.AppointmentColumns, "time_zone");
    private static readonly int AllDay = Array.IndexOf(AgendaRows.AppointmentColumns, "all_day");
    private static readonly int StartLocal = Array.IndexOf(AgendaRows.AppointmentColumns, "start_local");
    private static readonly int EndLocal = Array.IndexOf(AgendaRows.AppointmentColumns, "end_local");
    private static readonly int Recurrence = Array.IndexOf(AgendaRows.AppointmentColumns, "recurrence");
    private static readonly int Exceptions = Array.IndexOf(AgendaRows.AppointmentColumns, "exceptions");

    public static async Task<AgendaBareQueries> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return new AgendaBareQueries(connection);
    }

    /// <summary>The bounds <c>AttendedOccurrences</c> reads with for [<paramref name="fromUtc"/>, <paramref name="toUtc"/>): widened by a day, earliest start 45 days before.</summary>
    public static (DateTimeOffset Earliest, DateTimeOffset From, DateTimeOffset To) Bounds(DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        var from = fromUtc.ToUniversalTime() - TimeSpan.FromDays(1);
        var to = toUtc.ToUniversalTime() + TimeSpan.FromDays(1);
        return (from - AppointmentSchedule.MaxTimedLength - TimeSpan.FromDays(AppointmentSchedule.MaxAllDayLength), from, to);
    }

    public async Task<BareAnswer> WeekAsync(IReadOnlyList<Guid> userIds, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var (earliest, from, to) = Bounds(fromUtc, toUtc);
        var started = Stopwatch.GetTimestamp();
        var ids = new HashSet<Guid>();
        var rows = 0;
        await using (var attended = new NpgsqlCommand(AttendedSql, connection))
        {
            attended.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, userIds.ToArray());
            attended.Parameters.AddWithValue("earliest", NpgsqlDbType.TimestampTz, earliest);
            attended.Parameters.AddWithValue("from", NpgsqlDbType.TimestampTz, from);
            attended.Parameters.AddWithValue("to", NpgsqlDbType.TimestampTz, to);
            await using var reader = await attended.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
                _ = reader.GetGuid(1);
                _ = reader.GetString(2);
                rows++;
            }
        }

        var schedules = new List<(bool AllDay, AppointmentSchedule Schedule)>();
        if (ids.Count > 0)
        {
            await using var appointments = new NpgsqlCommand(AppointmentsSql, connection);
            appointments.Parameters.AddWithValue("appointments", NpgsqlDbType.Array | NpgsqlDbType.Uuid, ids.ToArray());
            await using var reader = await appointments.ExecuteReaderAsync(cancellationToken);
            var values = new object[reader.FieldCount];
            var last = Guid.Empty;
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
                var id = (Guid)values[0];
                if (id != last)
                {
                    last = id;
                    schedules.Add(((bool)values[AllDay], Restore(values)));
                }
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var expanding = Stopwatch.GetTimestamp();
        var occurrences = schedules.Sum(s => s.Schedule.Between(s.AllDay ? from : fromUtc, s.AllDay ? to : toUtc).Count);
        return new BareAnswer(elapsed, Stopwatch.GetElapsedTime(expanding).TotalMilliseconds, rows, schedules.Count, occurrences);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static AppointmentSchedule Restore(object[] values)
    {
        var exceptions = (string)values[Exceptions];
        return AppointmentSchedule.Restore(
            (string)values[Zone], (bool)values[AllDay], Local((string)values[StartLocal]), Local((string)values[EndLocal]),
            values[Recurrence] as string,
            exceptions.Length == 0 ? [] : [.. exceptions.Split(',').Select(Local)]);
    }

    private static DateTime Local(string text) => DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
