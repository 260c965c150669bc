using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CountUnreadNotifications;

/// <summary>How many of the caller's notifications are unread (the bell's badge).</summary>
internal sealed record CountUnreadNotifications : IQuery<UnreadCountResponse>;

internal sealed record UnreadCountResponse(int Count);

internal sealed class CountUnreadNotificationsHandler(ActivitiesDbContext db, ICurrentUser currentUser) : IQueryHandler<CountUnreadNotifications, UnreadCountResponse>
{
    public async ValueTask<UnreadCountResponse> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        new(await db.Notifications.CountAsync(n => n.UserId == currentUser.Id && n.ReadAtUtc == null, cancellationToken));
}
