using Crm.Modules.Activities.Domain.Calendars;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CalendarFeeds;

/// <summary>Opens the caller's private calendar feed, or gives it a new secret (the old address stops working).</summary>
internal sealed record OpenCalendarFeed : ICommand<Result<OpenedCalendarFeed>>;

internal sealed record OpenedCalendarFeed(string Token, DateTimeOffset OpenedAtUtc);

internal sealed class OpenCalendarFeedHandler(ActivitiesDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<OpenCalendarFeed, Result<OpenedCalendarFeed>>
{
    public async ValueTask<Result<OpenedCalendarFeed>> Handle(OpenCalendarFeed command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == currentUser.Id, cancellationToken);
        string token;
        if (feed is null)
        {
            (feed, token) = CalendarFeed.Open(currentUser.Id, now);
            db.CalendarFeeds.Add(feed);
        }
        else
        {
            token = feed.Renew(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OpenedCalendarFeed(token, feed.OpenedAtUtc);
    }
}
