using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>
/// A user in another time zone: the reminders of their open tasks still to come, given as local times, are read in the
/// new zone and scheduled again. Those already due keep their instant: read anew, one that went off at 9:00 in Paris
/// would go off again at 9:00 in New York.
/// </summary>
internal sealed class UserTimeZoneChangedConsumer(ActivitiesDbContext db, TaskReminderPlanner reminders, TimeProvider time)
    : IdempotentConsumer<UserTimeZoneChangedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    private readonly TimeProvider _time = time;

    protected override async Task HandleAsync(UserTimeZoneChangedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var zone = ZonedTime.FindZone(message.TimeZone);
        var now = _time.GetUtcNow();
        var tasks = await Context.Tasks.Where(t => t.AssigneeId == message.UserId && t.Status == TaskState.Open).ToListAsync(cancellationToken);
        foreach (var task in tasks.Where(t => t.Reminders.Count > 0))
        {
            task.SetReminders(task.Reminders.Select(r => r.AtUtc > now ? new TaskReminder(r.At, ZonedTime.ToUtc(r.At, zone)) : r));
            await reminders.ScheduleAsync(task, cancellationToken);
        }
    }
}
