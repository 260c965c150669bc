using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.MarkAllNotificationsRead;

/// <summary>Marks every unread notification of the caller read; answers how many it marked.</summary>
internal sealed record MarkAllNotificationsRead : ICommand<MarkedReadResponse>;

internal sealed record MarkedReadResponse(int Marked);

internal sealed class MarkAllNotificationsReadHandler(ActivitiesDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<MarkAllNotificationsRead, MarkedReadResponse>
{
    public async ValueTask<MarkedReadResponse> Handle(MarkAllNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.UserId == currentUser.Id && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, (DateTimeOffset?)now), cancellationToken);
        return new MarkedReadResponse(marked);
    }
}
