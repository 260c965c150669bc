using Crm.Shared.Kernel;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>One row of <c>activities.reminders</c> as the benchmark writes it (a task's reminder: no occurrence).</summary>
internal sealed record ReminderRow(Guid Id, Guid UserId, Guid SubjectId, DateTimeOffset DueAtUtc, string Title, DateTimeOffset? FiredAtUtc)
{
    /// <summary>A new row with a version 7 id from the Kernel's <see cref="TypedId.NewValue"/>, as <c>Reminder.Schedule</c> makes it.</summary>
    public static ReminderRow Task(Guid userId, Guid taskId, DateTimeOffset dueAtUtc, string title, DateTimeOffset? firedAtUtc = null) =>
        new(TypedId.NewValue(), userId, taskId, dueAtUtc.ToUniversalTime(), title.Trim(), firedAtUtc?.ToUniversalTime());
}

/// <summary>
/// Reminders as rows of <c>activities.reminders</c> and notifications as rows of <c>activities.notifications</c>,
/// column for column as EF Core writes them (snake_case, <see cref="DateTimeOffset"/> as <c>timestamptz</c>, the subject
/// type <c>task</c>), by binary COPY. <see cref="ReminderSeedCheck"/> compares the reminders' columns with the table's
/// and a row with one the API wrote.
/// </summary>
internal static class ReminderRows
{
    public const string TaskSubject = "task";

    public static readonly string[] Columns = ["id", "user_id", "subject_type", "subject_id", "occurrence_start_utc", "due_at_utc", "title", "fired_at_utc"];

    public static readonly string[] NotificationColumns = ["id", "user_id", "kind", "title", "body", "link", "created_at_utc", "read_at_utc"];

    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<ReminderRow> rows, CancellationToken cancellationToken, string schema = "activities")
    {
        await using var importer = await connection.BeginBinaryImportAsync(DealRows.Copy($"{schema}.reminders", Columns), cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteUuidAsync(row.Id, cancellationToken);
            await importer.WriteUuidAsync(row.UserId, cancellationToken);
            await importer.WriteTextAsync(TaskSubject, cancellationToken);
            await importer.WriteUuidAsync(row.SubjectId, cancellationToken);
            await importer.WriteTimeAsync(null, cancellationToken);
            await importer.WriteTimeAsync(row.DueAtUtc, cancellationToken);
            await importer.WriteTextAsync(row.Title, cancellationToken);
            await importer.WriteTimeAsync(row.FiredAtUtc, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// The notification a fired backlog row left, read (so the notifications table is as large as the backlog): French
    /// title, body and link as the dispatcher writes them for a task, created when the row fired.
    /// </summary>
    public static async Task WriteNotificationsAsync(NpgsqlConnection connection, IEnumerable<ReminderRow> fired, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(DealRows.Copy("activities.notifications", NotificationColumns), cancellationToken);
        foreach (var row in fired)
        {
            var firedAt = row.FiredAtUtc ?? throw new ArgumentException("Only fired rows have a notification.", nameof(fired));
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteUuidAsync(TypedId.NewValue(), cancellationToken);
            await importer.WriteUuidAsync(row.UserId, cancellationToken);
            await importer.WriteTextAsync("reminder", cancellationToken);
            await importer.WriteTextAsync($"Rappel : {row.Title}", cancellationToken);
            await importer.WriteTextAsync("Rappel de tâche prévu.", cancellationToken);
            await importer.WriteTextAsync($"/tasks?id={row.SubjectId}", cancellationToken);
            await importer.WriteTimeAsync(firedAt, cancellationToken);
            await importer.WriteTimeAsync(firedAt.AddMinutes(5), cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
