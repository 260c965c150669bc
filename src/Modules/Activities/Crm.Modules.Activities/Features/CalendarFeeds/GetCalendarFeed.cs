using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CalendarFeeds;

/// <summary>Whether the caller has a calendar feed open, and since when; its secret is shown only when opened.</summary>
internal sealed record GetCalendarFeed : IQuery<Result<CalendarFeedState>>;

internal sealed record CalendarFeedState(bool Open, DateTimeOffset? OpenedAtUtc);

internal sealed class GetCalendarFeedHandler(ActivitiesDbContext db, ICurrentUser currentUser) : IQueryHandler<GetCalendarFeed, Result<CalendarFeedState>>
{
    public async ValueTask<Result<CalendarFeedState>> Handle(GetCalendarFeed query, CancellationToken cancellationToken)
    {
        var openedAt = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == currentUser.Id).Select(f => (DateTimeOffset?)f.OpenedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return new CalendarFeedState(openedAt is not null, openedAt);
    }
}
