using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.GetFreeBusy;

/// <summary>
/// When colleagues are busy between two instants, for scheduling: their timed appointments not declined, merged into
/// intervals. Nothing else about the appointments is told. <see cref="ExceptAppointmentId"/> leaves one out: the
/// appointment being moved does not make its own attendees busy.
/// </summary>
internal sealed record GetFreeBusy(IReadOnlyList<Guid> UserIds, DateTimeOffset From, DateTimeOffset To, Guid? ExceptAppointmentId = null)
    : IQuery<Result<IReadOnlyList<UserBusyTime>>>;

internal sealed class GetFreeBusyHandler(AttendedOccurrences occurrences) : IQueryHandler<GetFreeBusy, Result<IReadOnlyList<UserBusyTime>>>
{
    public const int MaxDays = 62;
    public const int MaxUsers = 50;

    public async ValueTask<Result<IReadOnlyList<UserBusyTime>>> Handle(GetFreeBusy query, CancellationToken cancellationToken)
    {
        if (query.To <= query.From || query.To - query.From > TimeSpan.FromDays(MaxDays))
        {
            return Error.Validation("calendar.range_invalid", $"Ask for up to {MaxDays} days, from an instant to a later one.");
        }

        var userIds = query.UserIds.Distinct().ToList();
        if (userIds.Count is 0 or > MaxUsers)
        {
            return Error.Validation("calendar.users_invalid", $"Name 1 to {MaxUsers} users (userIds).");
        }

        var found = await occurrences.BetweenAsync(userIds, query.From, query.To, cancellationToken);
        return userIds.Select(userId => new UserBusyTime(userId, Merge(found
                .Where(o => !o.Appointment.AllDay && o.Appointment.Id.Value != query.ExceptAppointmentId && o.Appointment.Attendees.Any(a =>
                    a.Is(AttendeeKind.User, userId) && a.Response != AttendeeResponse.Declined))
                .Select(o => new BusyInterval(Max(o.Occurrence.StartUtc, query.From), Min(o.Occurrence.EndUtc, query.To))))))
            .ToList();
    }

    private static List<BusyInterval> Merge(IEnumerable<BusyInterval> intervals)
    {
        var merged = new List<BusyInterval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Max(merged[^1].End, interval.End) };
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

internal sealed record UserBusyTime(Guid UserId, IReadOnlyList<BusyInterval> Busy);

internal sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);
