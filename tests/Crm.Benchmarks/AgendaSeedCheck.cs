using System.Net.Http.Json;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Tasks;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Proves the seeded activities look like the application's own: creates through the API a weekly appointment (COUNT,
/// across the spring clock change, a colleague and two contacts invited, a place, a video link, a related contact, the
/// default reminder), an all-day event of two days and a task; builds the same ones with the factories the seeding uses
/// (created at the instant the API stored), writes them with the seeding's COPY into temporary copies of the tables, and
/// fails unless every column of <c>appointments</c> and <c>tasks</c> but the id, and every column of the appointments'
/// <c>appointment_attendees</c> rows but the appointment's id, hold the same values; and unless the seeding writes every
/// column the three tables have. The API's rows stay (two appointments and a task more).
/// </summary>
internal static class AgendaSeedCheck
{
    private static readonly (string Table, string[] Written)[] Tables =
    [
        ("appointments", AgendaRows.AppointmentColumns),
        ("appointment_attendees", AgendaRows.AttendeeColumns),
        ("tasks", AgendaRows.TaskColumns),
    ];

    public static async Task RunAsync(SearchClient client, string connectionString, Guid adminId, IReadOnlyList<Guid> users, IReadOnlyList<Guid> contacts, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var differences = new List<string>();
        foreach (var (table, written) in Tables)
        {
            await SeedIndexes.ExecuteAsync(connection, $"CREATE TEMP TABLE {table} (LIKE activities.{table})", cancellationToken);
            var unwritten = (await ColumnsAsync(connection, table, cancellationToken)).Except(written, StringComparer.Ordinal).ToList();
            if (unwritten.Count > 0)
            {
                differences.Add($"activities.{table} has columns the seeding does not write: {string.Join(", ", unwritten)}");
            }
        }

        var weekly = new
        {
            title = "Revue de compte",
            description = "Ordre du jour : tour de table, points ouverts, prochaines étapes.",
            location = "Salle Eiffel",
            videoLink = "https://meet.example.com/123456",
            timeZone = "Europe/Paris",
            allDay = false,
            start = "2027-03-22T09:30",
            end = "2027-03-22T10:15",
            recurrence = "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
            userIds = new[] { users[0] },
            contactIds = new[] { contacts[0], contacts[1] },
            relatedType = "contact",
            relatedId = contacts[0],
            sendInvitations = false,
        };
        var weeklyId = await PostAsync(client, "/api/v1/appointments", weekly, cancellationToken);
        var weeklyCreated = await CreatedAtAsync(connection, "appointments", weeklyId, cancellationToken);
        var weeklySeeded = Appointment.Create(
            SeedValues.Value(AppointmentDetails.Create(weekly.title, weekly.description, weekly.location, weekly.videoLink, weekly.relatedType, weekly.relatedId), "details"),
            SeedValues.Value(AppointmentSchedule.Timed(weekly.timeZone, new DateTime(2027, 3, 22, 9, 30, 0), new DateTime(2027, 3, 22, 10, 15, 0), weekly.recurrence, null), "schedule"),
            adminId, weekly.userIds, weekly.contactIds, adminId, weeklyCreated);
        weeklySeeded.RemindBefore([15]);

        var allDay = new
        {
            title = "Salon professionnel",
            timeZone = "America/Montreal",
            allDay = true,
            startDate = "2027-10-30",
            endDate = "2027-10-31",
            userIds = new[] { users[1], users[2] },
            sendInvitations = false,
        };
        var allDayId = await PostAsync(client, "/api/v1/appointments", allDay, cancellationToken);
        var allDayCreated = await CreatedAtAsync(connection, "appointments", allDayId, cancellationToken);
        var allDaySeeded = Appointment.Create(
            SeedValues.Value(AppointmentDetails.Create(allDay.title, null, null, null, null, null), "details"),
            SeedValues.Value(AppointmentSchedule.AllDayEvent(allDay.timeZone, new DateOnly(2027, 10, 30), new DateOnly(2027, 10, 31), null, null), "schedule"),
            adminId, allDay.userIds, [], adminId, allDayCreated);
        allDaySeeded.RemindBefore([]);

        var task = new
        {
            title = "Relancer le devis",
            description = "Voir l'historique des échanges avant d'appeler.",
            dueAtUtc = "2027-01-14T09:00:00Z",
            priority = "High",
            assigneeId = users[3],
            relatedType = "contact",
            relatedId = contacts[2],
        };
        var taskId = await PostAsync(client, "/api/v1/tasks", task, cancellationToken);
        var taskCreated = await CreatedAtAsync(connection, "tasks", taskId, cancellationToken);
        var taskSeeded = ActivityTask.Create(
            SeedValues.Value(
                TaskDetails.Create(task.title, task.description, null, new DateTimeOffset(2027, 1, 14, 9, 0, 0, TimeSpan.Zero), TaskPriority.High, task.relatedType, task.relatedId),
                "task details"),
            users[3], TaskSource.User, adminId, taskCreated);

        await AgendaRows.WriteAppointmentsAsync(connection, [weeklySeeded, allDaySeeded], cancellationToken, "pg_temp");
        await AgendaRows.WriteTasksAsync(connection, [taskSeeded], cancellationToken, "pg_temp");
        foreach (var (api, seeded, what) in new[] { (weeklyId, weeklySeeded.Id.Value, "weekly appointment"), (allDayId, allDaySeeded.Id.Value, "all-day event") })
        {
            await CompareAsync(connection, "appointments", "id", api, seeded, what, differences, cancellationToken);
            await CompareAsync(connection, "appointment_attendees", "appointment_id", api, seeded, what, differences, cancellationToken);
        }

        await CompareAsync(connection, "tasks", "id", taskId, taskSeeded.Id.Value, "task", differences, cancellationToken);
        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"Seeded activities would differ from the API's:\n  {string.Join("\n  ", differences)}");
        }
    }

    private static async Task CompareAsync(
        NpgsqlConnection connection, string table, string key, Guid apiId, Guid seededId, string what, List<string> differences, CancellationToken cancellationToken)
    {
        var compared = (await ColumnsAsync(connection, table, cancellationToken)).Where(c => c != key).ToList();
        var row = $"ROW({string.Join(", ", compared)})::text";
        var sql = $"SELECT (SELECT string_agg({row}, ' ; ' ORDER BY {row}) FROM activities.{table} WHERE {key} = @api), "
            + $"(SELECT string_agg({row}, ' ; ' ORDER BY {row}) FROM pg_temp.{table} WHERE {key} = @seeded)";
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("api", apiId);
        command.Parameters.AddWithValue("seeded", seededId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var api = reader.IsDBNull(0) ? "(no row)" : reader.GetString(0);
        var seeded = reader.IsDBNull(1) ? "(no row)" : reader.GetString(1);
        if (api != seeded)
        {
            differences.Add($"{what}, {table} ({string.Join(", ", compared)}):\n    API     {api}\n    seeding {seeded}");
        }
    }

    private static async Task<Guid> PostAsync(SearchClient client, string path, object body, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(HttpMethod.Post, path, JsonContent.Create(body), $"POST {path}", cancellationToken);
        return answer.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<DateTimeOffset> CreatedAtAsync(NpgsqlConnection connection, string table, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT created_at_utc FROM activities.{table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? reader.GetFieldValue<DateTimeOffset>(0)
            : throw new InvalidOperationException($"The row {id} created through the API is not in activities.{table}.");
    }

    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'activities' AND table_name = @table ORDER BY ordinal_position", connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"No table activities.{table}.");
    }
}
