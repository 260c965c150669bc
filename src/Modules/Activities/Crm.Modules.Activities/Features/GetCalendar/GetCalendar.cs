using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.GetCalendar;

/// <summary>
/// The appointments of some users (the caller by default, or a team) between two days of the caller's time zone (the
/// last excluded), recurrences expanded, times given in that zone. An appointment the caller neither attends nor may see
/// through the visibility rules shows as busy time, without its title, place or attendees.
/// </summary>
internal sealed record GetCalendar(DateOnly From, DateOnly To, IReadOnlyList<Guid>? UserIds, Guid? TeamId, string? TimeZone) : IQuery<Result<CalendarResponse>>;

internal sealed class GetCalendarHandler(AttendedOccurrences occurrences, ICurrentUser currentUser, IUserDirectory users, IRecordVisibility visibility)
    : IQueryHandler<GetCalendar, Result<CalendarResponse>>
{
    public const int MaxDays = 42;
    public const int MaxUsers = 50;

    public async ValueTask<Result<CalendarResponse>> Handle(GetCalendar query, CancellationToken cancellationToken)
    {
        if (query.To <= query.From || query.To.DayNumber - query.From.DayNumber > MaxDays)
        {
            return Error.Validation("calendar.range_invalid", $"Ask for 1 to {MaxDays} days: from a day to a later one (excluded).");
        }

        var zoneId = string.IsNullOrWhiteSpace(query.TimeZone) ? (await currentUser.GetPreferencesAsync(cancellationToken)).TimeZone : query.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) || !zone.HasIanaId)
        {
            return Error.Validation("calendar.time_zone_unknown", $"'{zoneId}' is not an IANA time zone (e.g. Europe/Paris).");
        }

        var people = await PeopleAsync(query, cancellationToken);
        if (!people.IsSuccess)
        {
            return people.Error!;
        }

        var fromUtc = Midnight(query.From, zone);
        var toUtc = Midnight(query.To, zone);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var found = await occurrences.BetweenAsync(people.Value, fromUtc, toUtc, cancellationToken);
        var items = found
            .Where(o => !o.Appointment.AllDay || OverlapsDays(o.Occurrence, query.From, query.To))
            .Select(o => CalendarItem.From(o, people.Value, currentUser.Id, visible.Includes(o.Appointment.OrganizerId) || o.Appointment.Involves(currentUser.Id), zone))
            .ToList();
        return new CalendarResponse(zoneId, query.From, query.To, people.Value, items);
    }

    private async Task<Result<IReadOnlyList<Guid>>> PeopleAsync(GetCalendar query, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(query.UserIds ?? []);
        if (query.TeamId is { } teamId)
        {
            var members = await users.MembersOfTeamAsync(teamId, cancellationToken);
            if (members is null)
            {
                return Error.NotFound("team.not_found", $"No team has the id {teamId}.");
            }

            ids.AddRange(members);
        }

        if (ids.Count == 0)
        {
            ids.Add(currentUser.Id);
        }

        var distinct = ids.Distinct().ToList();
        return distinct.Count > MaxUsers
            ? Error.Validation("calendar.too_many_users", $"Show at most {MaxUsers} people's calendars at once.")
            : distinct;
    }

    private static bool OverlapsDays(Occurrence occurrence, DateOnly from, DateOnly to) =>
        DateOnly.FromDateTime(occurrence.StartLocal) < to && DateOnly.FromDateTime(occurrence.EndLocal) > from;

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

internal sealed record CalendarResponse(string TimeZone, DateOnly From, DateOnly To, IReadOnlyList<Guid> UserIds, IReadOnlyList<CalendarItem> Items);

/// <summary>
/// One occurrence in a calendar. <see cref="Start"/> and <see cref="End"/> carry the caller's offset; an all-day event
/// has <see cref="StartDate"/> and <see cref="EndDate"/> (both included) instead, the same days everywhere.
/// <see cref="OccurrenceStart"/> (wall clock, the series' zone) names the occurrence to cancel it.
/// <see cref="Private"/> occurrences are busy time only. <see cref="UserIds"/> are the shown calendars it is on.
/// </summary>
internal sealed record CalendarItem(
    Guid AppointmentId,
    DateTime OccurrenceStart,
    bool Private,
    string? Title,
    string? Location,
    string? VideoLink,
    bool AllDay,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool Recurring,
    Guid OrganizerId,
    IReadOnlyList<Guid> UserIds,
    IReadOnlyList<Guid> ContactIds,
    AttendeeResponse? MyResponse,
    string? RelatedType,
    Guid? RelatedId)
{
    public static CalendarItem From(AttendedOccurrence found, IReadOnlyList<Guid> shown, Guid caller, bool detailed, TimeZoneInfo zone)
    {
        var (appointment, occurrence) = (found.Appointment, found.Occurrence);
        var mine = appointment.Attendees.FirstOrDefault(a => a.Is(AttendeeKind.User, caller));
        return new CalendarItem(
            appointment.Id.Value,
            occurrence.StartLocal,
            !detailed,
            detailed ? appointment.Title : null,
            detailed ? appointment.Location : null,
            detailed ? appointment.VideoLink : null,
            appointment.AllDay,
            TimeZoneInfo.ConvertTime(occurrence.StartUtc, zone),
            TimeZoneInfo.ConvertTime(occurrence.EndUtc, zone),
            appointment.AllDay ? DateOnly.FromDateTime(occurrence.StartLocal) : null,
            appointment.AllDay ? DateOnly.FromDateTime(occurrence.EndLocal).AddDays(-1) : null,
            appointment.Schedule.IsRecurring,
            appointment.OrganizerId,
            appointment.UserIds.Where(shown.Contains).ToList(),
            detailed ? appointment.ContactIds.ToList() : [],
            mine?.Response,
            detailed ? appointment.RelatedType : null,
            detailed ? appointment.RelatedId : null);
    }
}
