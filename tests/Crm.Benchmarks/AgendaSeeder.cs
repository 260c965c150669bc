using System.Diagnostics;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Tasks;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>What the agenda seeding wrote and how long it took.</summary>
internal sealed record AgendaSeedResult(
    int Appointments, int Recurring, int AllDay, int Cancelled, int Attendees, int Tasks, TimeSpan Appointing, TimeSpan Tasking, TimeSpan Indexes, TimeSpan Analyze)
{
    public double AppointmentsPerSecond => Appointments / Appointing.TotalSeconds;

    public double TasksPerSecond => Tasks / Tasking.TotalSeconds;
}

/// <summary>
/// Fills <c>activities.appointments</c>, <c>activities.appointment_attendees</c> and <c>activities.tasks</c> by binary COPY
/// (<see cref="AgendaRows"/>) with appointments and tasks from <see cref="AgendaGenerator"/>, built in order of creation
/// (their version 7 ids follow it), chunk by chunk on every core. The secondary indexes of the three tables and the
/// attendees' foreign key are dropped for the load and rebuilt after it from their own definitions, then
/// <c>VACUUM ANALYZE</c>.
/// </summary>
internal static class AgendaSeeder
{
    public const int Seed = 20261130;

    private const int ChunkSize = 10_000;

    private const string IndexDefinitions =
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'activities' "
        + "AND tablename IN ('appointments', 'appointment_attendees', 'tasks') AND indexname NOT LIKE 'pk\\_%' ORDER BY indexname";

    private const string ForeignKeys =
        "SELECT conname, conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
        + "AND conrelid IN ('activities.appointment_attendees'::regclass, 'activities.appointments'::regclass, 'activities.tasks'::regclass) ORDER BY conname";

    public static async Task<AgendaSeedResult> SeedAsync(
        string connectionString, IReadOnlyList<Guid> users, IReadOnlyList<Guid> contacts, int appointments, int tasks, int seriesPercent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await SeedIndexes.ExecuteAsync(connection, "SET synchronous_commit = off", cancellationToken);
        var (indexes, keys) = await DropAsync(connection, cancellationToken);
        Progress($"dropped {indexes.Count} indexes and {keys.Count} foreign key(s)");

        var random = new Random(Seed);
        var generator = new AgendaGenerator(users, contacts, now);
        var stopwatch = Stopwatch.StartNew();
        var plans = AgendaGenerator.PlanAppointments(appointments, users.Count, contacts.Count, seriesPercent, now, random);
        int recurring = 0, allDay = 0, cancelled = 0, attendees = 0;
        var built = new Appointment[ChunkSize];
        for (var offset = 0; offset < plans.Count; offset += ChunkSize)
        {
            var size = Math.Min(ChunkSize, plans.Count - offset);
            Parallel.For(0, size, i => built[i] = generator.Build(plans[offset + i]));
            var chunk = new ArraySegment<Appointment>(built, 0, size);
            foreach (var appointment in chunk)
            {
                recurring += appointment.Recurrence is null ? 0 : 1;
                allDay += appointment.AllDay ? 1 : 0;
                cancelled += appointment.Status == AppointmentStatus.Cancelled ? 1 : 0;
                attendees += appointment.Attendees.Count;
            }

            await AgendaRows.WriteAppointmentsAsync(connection, chunk, cancellationToken);
            if ((offset + size) % 100_000 == 0)
            {
                Progress($"{offset + size:N0} appointments, {(offset + size) / stopwatch.Elapsed.TotalSeconds:N0}/s");
            }
        }

        var appointing = stopwatch.Elapsed;
        Progress($"{appointments:N0} appointments ({recurring:N0} recurring, {allDay:N0} all-day, {cancelled:N0} cancelled), {attendees:N0} attendees in {appointing.TotalSeconds:F1} s");

        stopwatch.Restart();
        var taskPlans = AgendaGenerator.PlanTasks(tasks, users.Count, now, random);
        var builtTasks = new ActivityTask[ChunkSize];
        for (var offset = 0; offset < taskPlans.Count; offset += ChunkSize)
        {
            var size = Math.Min(ChunkSize, taskPlans.Count - offset);
            Parallel.For(0, size, i => builtTasks[i] = generator.Build(taskPlans[offset + i]));
            await AgendaRows.WriteTasksAsync(connection, new ArraySegment<ActivityTask>(builtTasks, 0, size), cancellationToken);
        }

        var tasking = stopwatch.Elapsed;
        Progress($"{tasks:N0} tasks in {tasking.TotalSeconds:F1} s");

        stopwatch.Restart();
        await SeedIndexes.CreateAsync(connection, indexes, cancellationToken);
        foreach (var (name, table, definition) in keys)
        {
            await SeedIndexes.ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}", cancellationToken);
        }

        var rebuilt = stopwatch.Elapsed;
        Progress($"indexes and foreign keys rebuilt in {rebuilt.TotalSeconds:F1} s");
        stopwatch.Restart();
        await SeedIndexes.ExecuteAsync(connection, "VACUUM ANALYZE activities.appointments, activities.appointment_attendees, activities.tasks", cancellationToken);
        return new AgendaSeedResult(appointments, recurring, allDay, cancelled, attendees, tasks, appointing, tasking, rebuilt, stopwatch.Elapsed);
    }

    private static async Task<(List<string> Indexes, List<(string Name, string Table, string Definition)> Keys)> DropAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var keys = new List<(string Name, string Table, string Definition)>();
        await using (var command = new NpgsqlCommand(ForeignKeys, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, table, _) in keys)
        {
            await SeedIndexes.ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"", cancellationToken);
        }

        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(IndexDefinitions, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await SeedIndexes.ExecuteAsync(connection, $"DROP INDEX activities.\"{name}\"", cancellationToken);
        }

        return ([.. indexes.Select(i => i.Definition)], keys);
    }

    private static void Progress(string message) => Console.WriteLine($"  seed: {message}");
}
