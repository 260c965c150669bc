using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.StreamNotifications;

/// <summary>
/// The caller's notifications newer than <see cref="After"/> (by id, which orders them by creation), oldest first,
/// <see cref="ReadNotificationsAfterHandler.MaxItems"/> at most; with no <see cref="After"/>, none: the stream starts
/// from the newest one there is (<see cref="FindNewestNotification"/>).
/// </summary>
internal sealed record ReadNotificationsAfter(Guid After) : IQuery<IReadOnlyList<NotificationResponse>>;

internal sealed class ReadNotificationsAfterHandler(ActivitiesDbContext db, ICurrentUser currentUser) : IQueryHandler<ReadNotificationsAfter, IReadOnlyList<NotificationResponse>>
{
    public const int MaxItems = 50;

    public async ValueTask<IReadOnlyList<NotificationResponse>> Handle(ReadNotificationsAfter query, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == currentUser.Id && n.Id.CompareTo(query.After) > 0)
            .OrderBy(n => n.Id).Take(MaxItems).ToListAsync(cancellationToken);
        return [.. rows.Select(NotificationResponse.From)];
    }
}

/// <summary>The id of the caller's newest notification (<see cref="Guid.Empty"/> without any).</summary>
internal sealed record FindNewestNotification : IQuery<Guid>;

internal sealed class FindNewestNotificationHandler(ActivitiesDbContext db, ICurrentUser currentUser) : IQueryHandler<FindNewestNotification, Guid>
{
    public async ValueTask<Guid> Handle(FindNewestNotification query, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking().Where(n => n.UserId == currentUser.Id)
            .OrderByDescending(n => n.Id).Select(n => n.Id).FirstOrDefaultAsync(cancellationToken);
}
