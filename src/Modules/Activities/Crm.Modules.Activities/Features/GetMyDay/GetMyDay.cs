using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.GetCalendar;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.GetMyDay;

/// <summary>
/// The caller's open tasks that need them today, in their own time zone: those overdue (a day before today, or an
/// instant already past) and those due today, soonest first, <see cref="GetMyDayHandler.MaxTasks"/> of each at most;
/// and today's appointments they attend and have not declined, in order.
/// </summary>
internal sealed record GetMyDay : IQuery<MyDayResponse>;

internal sealed record MyDayResponse(
    DateOnly Today, string TimeZone, IReadOnlyList<TaskResponse> Overdue, IReadOnlyList<TaskResponse> DueToday, IReadOnlyList<CalendarItem> Meetings);

internal sealed class GetMyDayHandler(ActivitiesDbContext db, AttendedOccurrences occurrences, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetMyDay, MyDayResponse>
{
    public const int MaxTasks = 100;

    public async ValueTask<MyDayResponse> Handle(GetMyDay query, CancellationToken cancellationToken)
    {
        var preferences = await currentUser.GetPreferencesAsync(cancellationToken);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(preferences.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var tomorrowStarts = StartOf(today.AddDays(1), zone);

        var mine = db.Tasks.AsNoTracking().Where(t => t.AssigneeId == currentUser.Id && t.Status == TaskState.Open);
        var overdue = await mine.Where(t => t.DueDate < today || t.DueAtUtc < now)
            .OrderBy(t => t.DueDate).ThenBy(t => t.DueAtUtc).ThenBy(t => t.Id).Take(MaxTasks).ToListAsync(cancellationToken);
        var dueToday = await mine.Where(t => t.DueDate == today || (t.DueAtUtc >= now && t.DueAtUtc < tomorrowStarts))
            .OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Take(MaxTasks).ToListAsync(cancellationToken);
        var meetings = (await occurrences.BetweenAsync([currentUser.Id], StartOf(today, zone), tomorrowStarts, cancellationToken))
            .Where(o => o.Appointment.Attendees.Any(a => a.Is(AttendeeKind.User, currentUser.Id) && a.Response != AttendeeResponse.Declined))
            .Where(o => !o.Appointment.AllDay || (DateOnly.FromDateTime(o.Occurrence.StartLocal) <= today && DateOnly.FromDateTime(o.Occurrence.EndLocal) > today))
            .Select(o => CalendarItem.From(o, [currentUser.Id], currentUser.Id, detailed: true, zone))
            .ToList();
        return new MyDayResponse(today, zone.Id, [.. overdue.Select(TaskResponse.From)], [.. dueToday.Select(TaskResponse.From)], meetings);
    }

    /// <summary>The instant <paramref name="day"/> begins in <paramref name="zone"/> (after a spring-forward gap, its first valid minute).</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(1);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
