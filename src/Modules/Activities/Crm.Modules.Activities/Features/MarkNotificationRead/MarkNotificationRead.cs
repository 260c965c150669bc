using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.MarkNotificationRead;

/// <summary>
/// Marks one of the caller's notifications read (again is harmless: it keeps its first time). Someone else's is not
/// found. No If-Match: reading is the only change a notification knows, and it cannot be lost.
/// </summary>
internal sealed record MarkNotificationRead(Guid Id) : ICommand<Result<NotificationResponse>>;

internal sealed class MarkNotificationReadHandler(ActivitiesDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<MarkNotificationRead, Result<NotificationResponse>>
{
    public async ValueTask<Result<NotificationResponse>> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == command.Id && n.UserId == currentUser.Id, cancellationToken);
        if (notification is null)
        {
            return NotificationErrors.NotFound(command.Id);
        }

        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return NotificationResponse.From(notification);
    }
}
