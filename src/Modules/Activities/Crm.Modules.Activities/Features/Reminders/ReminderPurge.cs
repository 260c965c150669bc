using Crm.Modules.Activities.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>
/// Deletes the rows nobody needs any more: reminders fired longer ago than <see cref="ReminderOptions.FiredRetention"/>
/// and notifications read longer ago than <see cref="ReminderOptions.ReadNotificationRetention"/>. Unread notifications
/// stay. Two processes may run it at once: each deletes what is left.
/// </summary>
internal sealed class ReminderPurge(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options)
{
    public async Task<(int Reminders, int Notifications)> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var now = time.GetUtcNow();
        var firedBefore = now - options.Value.FiredRetention;
        var readBefore = now - options.Value.ReadNotificationRetention;
        var reminders = await db.Reminders.Where(r => r.FiredAtUtc != null && r.FiredAtUtc < firedBefore).ExecuteDeleteAsync(cancellationToken);
        var notifications = await db.Notifications.Where(n => n.ReadAtUtc != null && n.ReadAtUtc < readBefore).ExecuteDeleteAsync(cancellationToken);
        return (reminders, notifications);
    }
}
