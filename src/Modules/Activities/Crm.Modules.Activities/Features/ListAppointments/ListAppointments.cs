using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.GetCalendar;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.ListAppointments;

/// <summary>
/// The next occurrences, from <see cref="From"/> (now by default), of the scheduled appointments the caller sees that are
/// about a record (<see cref="RelatedType"/> and <see cref="RelatedId"/>) and/or involve a contact (<see cref="ContactId"/>:
/// attended by the contact, or about them), soonest first, <see cref="Limit"/> at most, times in the caller's zone.
/// </summary>
internal sealed record ListAppointments(string? RelatedType, Guid? RelatedId, Guid? ContactId, DateTimeOffset? From, int? Limit)
    : IQuery<Result<UpcomingAppointmentsResponse>>;

internal sealed record UpcomingAppointmentsResponse(string TimeZone, IReadOnlyList<CalendarItem> Items);

internal sealed class ListAppointmentsHandler(ActivitiesDbContext db, IRecordVisibility visibility, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListAppointments, Result<UpcomingAppointmentsResponse>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>How far a series is looked into for its next occurrences, from now or from its start when later.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    private static readonly string[] RelatedTypes = ["contact", "company", "deal", "ticket"];

    public async ValueTask<Result<UpcomingAppointmentsResponse>> Handle(ListAppointments query, CancellationToken cancellationToken)
    {
        var relatedType = query.RelatedType?.Trim().ToLowerInvariant();
        if ((relatedType is null) != (query.RelatedId is null) || (relatedType is not null && !RelatedTypes.Contains(relatedType)))
        {
            return Error.Validation("appointments.related_invalid", "Give relatedType (contact, company, deal or ticket) and relatedId together.");
        }

        if (relatedType is null && query.ContactId is null)
        {
            return Error.Validation("appointments.filter_required", "Name the record (relatedType and relatedId) or the contact (contactId) whose appointments to list.");
        }

        var limit = query.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            return Error.Validation("appointments.limit_invalid", $"Ask for 1 to {MaxLimit} appointments.");
        }

        var preferences = await currentUser.GetPreferencesAsync(cancellationToken);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(preferences.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var from = (query.From ?? time.GetUtcNow()).ToUniversalTime();

        var appointments = db.Appointments.AsNoTracking().Include(a => a.Attendees)
            .Where(a => a.Status == AppointmentStatus.Scheduled && (a.SeriesEndUtc == null || a.SeriesEndUtc > from));
        if (relatedType is not null)
        {
            appointments = appointments.Where(a => a.RelatedType == relatedType && a.RelatedId == query.RelatedId);
        }

        if (query.ContactId is { } contactId)
        {
            appointments = appointments.Where(a => (a.RelatedType == "contact" && a.RelatedId == contactId)
                || a.Attendees.Any(x => x.Kind == AttendeeKind.Contact && x.AttendeeId == contactId));
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        if (!visible.Everyone)
        {
            var owners = visible.OwnerIds.ToList();
            var me = currentUser.Id;
            appointments = appointments.Where(a => owners.Contains(a.OrganizerId)
                || a.Attendees.Any(x => x.Kind == AttendeeKind.User && x.AttendeeId == me));
        }

        var candidates = await appointments.ToListAsync(cancellationToken);
        var items = candidates
            .SelectMany(a => a.Schedule.Between(from, Later(from, a.StartUtc) + Horizon).Take(limit).Select(o => new AttendedOccurrence(a, o)))
            .OrderBy(o => o.Occurrence.StartUtc).ThenBy(o => o.Appointment.Id.Value)
            .Take(limit)
            .Select(o => CalendarItem.From(o, [.. o.Appointment.UserIds], currentUser.Id, detailed: true, zone))
            .ToList();
        return new UpcomingAppointmentsResponse(zone.Id, items);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
