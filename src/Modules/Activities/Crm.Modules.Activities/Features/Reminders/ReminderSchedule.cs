using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>One reminder to schedule: remind <see cref="UserId"/> at <see cref="DueAtUtc"/> (of an occurrence, for a recurring subject).</summary>
internal sealed record ReminderSpec(Guid UserId, DateTimeOffset DueAtUtc, string Title, DateTimeOffset? OccurrenceStartUtc = null);

/// <summary>
/// The one way features schedule reminders: <see cref="ReplaceAsync"/> swaps a subject's unfired reminders for new
/// ones in the caller's context, to commit with the caller's own change (its single <c>SaveChangesAsync</c>). A
/// reminder that already fired for the same user, instant and occurrence is not scheduled again, so editing a
/// subject after its reminder went off does not repeat it. One due longer ago than fired rows are kept
/// (<see cref="ReminderOptions.FiredRetention"/>) is not scheduled either: its fired row may be gone.
/// </summary>
internal sealed class ReminderSchedule(ActivitiesDbContext db, TimeProvider time, IOptions<ReminderOptions> options)
{
    public async Task ReplaceAsync(string subjectType, Guid subjectId, IEnumerable<ReminderSpec> reminders, CancellationToken cancellationToken)
    {
        // Rows added by an earlier call in this unit of work are not in the database yet.
        foreach (var pending in db.Reminders.Local.Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId && r.FiredAtUtc is null).ToList())
        {
            db.Reminders.Remove(pending);
        }

        var stored = await db.Reminders.Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId).ToListAsync(cancellationToken);
        var fired = stored.Where(r => r.FiredAtUtc is not null).Select(r => Key(r.UserId, r.DueAtUtc, r.OccurrenceStartUtc)).ToHashSet();
        db.Reminders.RemoveRange(stored.Where(r => r.FiredAtUtc is null));

        var added = new HashSet<(Guid, long, long?)>();
        var stale = time.GetUtcNow() - options.Value.FiredRetention;
        foreach (var reminder in reminders.Where(r => r.DueAtUtc >= stale))
        {
            var key = Key(reminder.UserId, reminder.DueAtUtc, reminder.OccurrenceStartUtc);
            if (!fired.Contains(key) && added.Add(key))
            {
                db.Reminders.Add(Reminder.Schedule(reminder.UserId, subjectType, subjectId, reminder.OccurrenceStartUtc, reminder.DueAtUtc, reminder.Title));
            }
        }
    }

    /// <summary>Adds one reminder beside the subject's others (the next occurrence's, once a series' reminder fired).</summary>
    public void Add(string subjectType, Guid subjectId, ReminderSpec reminder) =>
        db.Reminders.Add(Reminder.Schedule(reminder.UserId, subjectType, subjectId, reminder.OccurrenceStartUtc, reminder.DueAtUtc, reminder.Title));

    /// <summary>Drops a subject's unfired reminders (done, cancelled, deleted).</summary>
    public Task ClearAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken) =>
        ReplaceAsync(subjectType, subjectId, [], cancellationToken);

    // To the microsecond: PostgreSQL keeps no finer.
    private static (Guid, long, long?) Key(Guid userId, DateTimeOffset dueAtUtc, DateTimeOffset? occurrence) =>
        (userId, dueAtUtc.UtcTicks / 10, occurrence?.UtcTicks / 10);
}
