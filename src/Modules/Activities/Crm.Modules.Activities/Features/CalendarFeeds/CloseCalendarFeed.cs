using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CalendarFeeds;

/// <summary>Revokes the caller's calendar feed: its address answers 404 from now on.</summary>
internal sealed record CloseCalendarFeed : ICommand<Result>;

internal sealed class CloseCalendarFeedHandler(ActivitiesDbContext db, ICurrentUser currentUser) : ICommandHandler<CloseCalendarFeed, Result>
{
    public async ValueTask<Result> Handle(CloseCalendarFeed command, CancellationToken cancellationToken)
    {
        var closed = await db.CalendarFeeds.Where(f => f.UserId == currentUser.Id).ExecuteDeleteAsync(cancellationToken);
        return closed == 0 ? CalendarFeedErrors.NotOpen() : Result.Success();
    }
}

internal static class CalendarFeedErrors
{
    public static Error NotOpen() => Error.NotFound("calendar_feed.not_open", "You have no calendar feed open.");
}
