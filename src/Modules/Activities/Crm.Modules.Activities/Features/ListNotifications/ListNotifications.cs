using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.ListNotifications;

/// <summary>The caller's own notifications, newest first, one keyset page at a time; <see cref="UnreadOnly"/> keeps the unread.</summary>
internal sealed record ListNotifications(bool UnreadOnly, int? Limit, string? Cursor) : IQuery<Result<Page<NotificationResponse>>>;

internal sealed class ListNotificationsHandler(ActivitiesDbContext db, ICurrentUser currentUser) : IQueryHandler<ListNotifications, Result<Page<NotificationResponse>>>
{
    public async ValueTask<Result<Page<NotificationResponse>>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var notifications = db.Notifications.AsNoTracking().Where(n => n.UserId == currentUser.Id);
        if (query.UnreadOnly)
        {
            notifications = notifications.Where(n => n.ReadAtUtc == null);
        }

        if (paging.Value.After is { } after)
        {
            notifications = notifications.Where(n => n.Id.CompareTo(after) < 0);
        }

        var rows = await notifications.OrderByDescending(n => n.Id).Take(paging.Value.Limit + 1).ToListAsync(cancellationToken);
        return paging.Value.ToPage(rows, n => n.Id, NotificationResponse.From);
    }
}
