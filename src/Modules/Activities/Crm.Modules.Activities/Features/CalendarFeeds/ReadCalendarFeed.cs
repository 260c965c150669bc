using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Calendars;
using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.CalendarFeeds;

/// <summary>
/// A feed's appointments as iCalendar, for calendar applications that subscribe without signing in: the feed user's
/// scheduled appointments not declined, from 90 days back, series whole.
/// </summary>
internal sealed record ReadCalendarFeed(string Token) : IQuery<Result<string>>;

internal sealed class ReadCalendarFeedHandler(ActivitiesDbContext db, CalendarPeople people, TimeProvider time) : IQueryHandler<ReadCalendarFeed, Result<string>>
{
    public const int MaxAppointments = 5000;
    private static readonly TimeSpan History = TimeSpan.FromDays(90);

    public async ValueTask<Result<string>> Handle(ReadCalendarFeed query, CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.Hash(query.Token);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (Guid?)f.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return Error.NotFound("calendar_feed.not_found", "This calendar address is unknown or was revoked; open a new one in the CRM.");
        }

        var now = time.GetUtcNow();
        var since = now - History;
        var ids = await db.AppointmentAttendees.AsNoTracking()
            .Where(a => a.AttendeeId == userId && a.Kind == AttendeeKind.User && !a.Cancelled && a.Response != AttendeeResponse.Declined
                && (a.SeriesEndUtc == null || a.SeriesEndUtc > since))
            .OrderByDescending(a => a.StartUtc)
            .Select(a => a.AppointmentId)
            .Take(MaxAppointments)
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking().Include(a => a.Attendees)
            .Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.StartUtc)
            .ToListAsync(cancellationToken);
        var lookup = await people.ForAsync(appointments, cancellationToken);
        return IcsCalendar.Write(appointments, "PUBLISH", "CRM", lookup, now);
    }
}
