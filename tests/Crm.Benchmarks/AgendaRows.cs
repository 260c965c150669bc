using System.Globalization;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence.Configurations;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// Appointments, their attendees and tasks as rows of <c>activities.appointments</c>, <c>activities.appointment_attendees</c>
/// and <c>activities.tasks</c>, column for column as EF Core writes them (snake_case names, enums as their names,
/// wall-clock times as text <c>yyyy-MM-ddTHH:mm</c>, exceptions and reminder minutes joined by commas, a task's reminders
/// and checklist through the module's own <see cref="TaskRemindersColumn"/> and <see cref="TaskChecklistColumn"/>). <see cref="AgendaSeedCheck"/> compares these column
/// lists with the tables' and the rows with ones the API wrote.
/// </summary>
internal static class AgendaRows
{
    public static readonly string[] AppointmentColumns =
    [
        "id", "title", "description", "location", "video_link", "related_type", "related_id", "organizer_id", "status", "sequence", "time_zone",
        "all_day", "start_local", "end_local", "recurrence", "exceptions", "reminder_minutes", "start_utc", "end_utc", "series_end_utc", "created_by",
        "created_at_utc", "version", "held_through_utc", "next_held_at_utc",
    ];

    public static readonly string[] AttendeeColumns =
    [
        "appointment_id", "kind", "attendee_id", "is_organizer", "response", "responded_at_utc", "start_utc", "end_utc", "series_end_utc", "recurring", "cancelled",
    ];

    public static readonly string[] TaskColumns =
    [
        "id", "title", "description", "due_date", "due_at_utc", "priority", "status", "assignee_id", "related_type", "related_id", "source", "created_by",
        "created_at_utc", "completed_at_utc", "completed_by", "reminders", "version", "checklist", "recurrence", "recurrence_start_local", "next_task_id",
    ];

    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>The version a seeded appointment has: one save to create it, one more to cancel it.</summary>
    public static int VersionOf(Appointment appointment) => appointment.Status == AppointmentStatus.Cancelled ? 2 : 1;

    /// <summary>The version a seeded task has: one save to create it, one more to complete or cancel it.</summary>
    public static int VersionOf(ActivityTask task) => task.Status == TaskState.Open ? 1 : 2;

    public static async Task WriteAppointmentsAsync(
        NpgsqlConnection connection, IReadOnlyList<Appointment> appointments, CancellationToken cancellationToken, string schema = "activities")
    {
        await using (var importer = await connection.BeginBinaryImportAsync(DealRows.Copy($"{schema}.appointments", AppointmentColumns), cancellationToken))
        {
            foreach (var a in appointments)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteUuidAsync(a.Id.Value, cancellationToken);
                await importer.WriteTextAsync(a.Title, cancellationToken);
                await importer.WriteTextAsync(a.Description, cancellationToken);
                await importer.WriteTextAsync(a.Location, cancellationToken);
                await importer.WriteTextAsync(a.VideoLink, cancellationToken);
                await importer.WriteTextAsync(a.RelatedType, cancellationToken);
                await importer.WriteUuidAsync(a.RelatedId, cancellationToken);
                await importer.WriteUuidAsync(a.OrganizerId, cancellationToken);
                await importer.WriteTextAsync(a.Status.ToString(), cancellationToken);
                await importer.WriteAsync(a.Sequence, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteTextAsync(a.TimeZone, cancellationToken);
                await importer.WriteAsync(a.AllDay, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteTextAsync(Local(a.StartLocal), cancellationToken);
                await importer.WriteTextAsync(Local(a.EndLocal), cancellationToken);
                await importer.WriteTextAsync(a.Recurrence, cancellationToken);
                await importer.WriteAsync(string.Join(',', a.Exceptions.Select(Local)), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteTextAsync(string.Join(',', a.ReminderMinutes.Select(m => m.ToString(CultureInfo.InvariantCulture))), cancellationToken);
                await importer.WriteTimeAsync(a.StartUtc, cancellationToken);
                await importer.WriteTimeAsync(a.EndUtc, cancellationToken);
                await importer.WriteTimeAsync(a.SeriesEndUtc, cancellationToken);
                await importer.WriteUuidAsync(a.CreatedBy, cancellationToken);
                await importer.WriteTimeAsync(a.CreatedAtUtc, cancellationToken);
                await importer.WriteAsync(VersionOf(a), NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteTimeAsync(a.HeldThroughUtc, cancellationToken);
                await importer.WriteTimeAsync(a.NextHeldAtUtc, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(DealRows.Copy($"{schema}.appointment_attendees", AttendeeColumns), cancellationToken))
        {
            foreach (var t in appointments.SelectMany(a => a.Attendees))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteUuidAsync(t.AppointmentId.Value, cancellationToken);
                await importer.WriteTextAsync(t.Kind.ToString(), cancellationToken);
                await importer.WriteUuidAsync(t.AttendeeId, cancellationToken);
                await importer.WriteAsync(t.IsOrganizer, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteTextAsync(t.Response.ToString(), cancellationToken);
                await importer.WriteTimeAsync(t.RespondedAtUtc, cancellationToken);
                await importer.WriteTimeAsync(t.StartUtc, cancellationToken);
                await importer.WriteTimeAsync(t.EndUtc, cancellationToken);
                await importer.WriteTimeAsync(t.SeriesEndUtc, cancellationToken);
                await importer.WriteAsync(t.Recurring, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(t.Cancelled, NpgsqlDbType.Boolean, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }

    public static async Task WriteTasksAsync(NpgsqlConnection connection, IReadOnlyList<ActivityTask> tasks, CancellationToken cancellationToken, string schema = "activities")
    {
        await using var importer = await connection.BeginBinaryImportAsync(DealRows.Copy($"{schema}.tasks", TaskColumns), cancellationToken);
        foreach (var t in tasks)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteUuidAsync(t.Id.Value, cancellationToken);
            await importer.WriteTextAsync(t.Title, cancellationToken);
            await importer.WriteTextAsync(t.Description, cancellationToken);
            if (t.DueDate is { } day)
            {
                await importer.WriteAsync(day, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteTimeAsync(t.DueAtUtc, cancellationToken);
            await importer.WriteTextAsync(t.Priority.ToString(), cancellationToken);
            await importer.WriteTextAsync(t.Status.ToString(), cancellationToken);
            await importer.WriteUuidAsync(t.AssigneeId, cancellationToken);
            await importer.WriteTextAsync(t.RelatedType, cancellationToken);
            await importer.WriteUuidAsync(t.RelatedId, cancellationToken);
            await importer.WriteTextAsync(t.Source.ToString(), cancellationToken);
            await importer.WriteUuidAsync(t.CreatedBy, cancellationToken);
            await importer.WriteTimeAsync(t.CreatedAtUtc, cancellationToken);
            await importer.WriteTimeAsync(t.CompletedAtUtc, cancellationToken);
            await importer.WriteUuidAsync(t.CompletedBy, cancellationToken);
            await importer.WriteTextAsync((string)TaskRemindersColumn.Converter.ConvertToProvider(t.Reminders)!, cancellationToken);
            await importer.WriteAsync(VersionOf(t), NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteTextAsync((string)TaskChecklistColumn.Converter.ConvertToProvider(t.Checklist)!, cancellationToken);
            await importer.WriteTextAsync(t.Recurrence, cancellationToken);
            await importer.WriteTextAsync(t.RecurrenceStartLocal is { } first ? Local(first) : null, cancellationToken);
            await importer.WriteUuidAsync(t.NextTaskId?.Value, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string Local(DateTime value) => value.ToString(LocalFormat, CultureInfo.InvariantCulture);
}
