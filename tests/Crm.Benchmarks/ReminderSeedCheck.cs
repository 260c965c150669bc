using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Proves the seeded reminders look like the application's own: creates a task through <c>POST /api/v1/tasks</c> with
/// one reminder two days ahead (for a seeded user, in their zone), reads the row the API scheduled, writes the same
/// reminder (same user, task, instant and title) with the seeding's COPY into a temporary copy of
/// <c>activities.reminders</c>, and fails unless every column but the id holds the same value, both ids are version 7
/// UUIDs, and the seeding writes every column the table has. The API's task and reminder stay (not due during the run).
/// </summary>
internal static class ReminderSeedCheck
{
    public static async Task<Guid> RunAsync(SearchClient client, string connectionString, Guid assigneeId, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var request = new
        {
            title = "  Rappeler Mme Le Gall-Dupré – devis licences  ",
            dueDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            assigneeId,
            reminders = new[] { new { at = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00" } },
        };
        Guid taskId;
        using (var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/tasks", JsonContent.Create(request), "task creation", cancellationToken))
        {
            taskId = answer.RootElement.GetProperty("id").GetGuid();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var rows = new List<ReminderRow>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, user_id, subject_id, due_at_utc, title, fired_at_utc FROM activities.reminders WHERE subject_type = 'task' AND subject_id = @task", connection))
        {
            command.Parameters.AddWithValue("task", taskId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new ReminderRow(
                    reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }

        if (rows is not [var api])
        {
            throw new InvalidOperationException($"The task {taskId} created through the API with one reminder has {rows.Count} rows in activities.reminders.");
        }

        var seeded = ReminderRow.Task(assigneeId, taskId, api.DueAtUtc, request.title);
        var differences = new List<string>();
        await SeedIndexes.ExecuteAsync(connection, "CREATE TEMP TABLE reminders (LIKE activities.reminders)", cancellationToken);
        var columns = await ColumnsAsync(connection, cancellationToken);
        var unwritten = columns.Except(ReminderRows.Columns, StringComparer.Ordinal).ToList();
        if (unwritten.Count > 0)
        {
            differences.Add($"activities.reminders has columns the seeding does not write: {string.Join(", ", unwritten)}");
        }

        await ReminderRows.WriteAsync(connection, [seeded], cancellationToken, "pg_temp");
        var compared = columns.Where(c => c != "id").ToList();
        var row = $"ROW({string.Join(", ", compared)})::text";
        var sql = $"SELECT (SELECT {row} || ' v' || substr(id::text, 15, 1) FROM activities.reminders WHERE id = @api), "
            + $"(SELECT {row} || ' v' || substr(id::text, 15, 1) FROM pg_temp.reminders WHERE id = @seeded)";
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            command.Parameters.AddWithValue("api", api.Id);
            command.Parameters.AddWithValue("seeded", seeded.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var fromApi = reader.IsDBNull(0) ? "(no row)" : reader.GetString(0);
            var fromSeeding = reader.IsDBNull(1) ? "(no row)" : reader.GetString(1);
            if (fromApi != fromSeeding || !fromApi.EndsWith(" v7", StringComparison.Ordinal))
            {
                differences.Add($"reminders ({string.Join(", ", compared)}, id version):\n    API     {fromApi}\n    seeding {fromSeeding}");
            }
        }

        await SeedIndexes.ExecuteAsync(connection, "DROP TABLE pg_temp.reminders", cancellationToken);
        return differences.Count == 0
            ? taskId
            : throw new InvalidOperationException($"Seeded reminders would differ from the API's:\n  {string.Join("\n  ", differences)}");
    }

    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'activities' AND table_name = 'reminders' ORDER BY ordinal_position", connection);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException("No table activities.reminders.");
    }
}
