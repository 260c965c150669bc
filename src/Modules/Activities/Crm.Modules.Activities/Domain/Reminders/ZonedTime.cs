namespace Crm.Modules.Activities.Domain.Reminders;

/// <summary>
/// Turns a wall-clock time in a user's IANA time zone into the instant it names. Two hours of the year need a rule:
/// a time skipped when the clocks go forward (02:30 on 2027-03-28 in Europe/Paris) moves forward by the gap (it is
/// the instant 03:30 summer time names); a time that happens twice when they go back (02:30 on 2026-10-25) is its
/// first occurrence (still summer time), so a reminder never comes late.
/// </summary>
internal static class ZonedTime
{
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            // In the gap: read with the offset in force just before it, which lands as far past the gap's end as the
            // time was past its start.
            var before = wallClock;
            do
            {
                before = before.AddMinutes(-15);
            }
            while (zone.IsInvalidTime(before));

            return new DateTimeOffset(wallClock.Ticks - zone.GetUtcOffset(before).Ticks, TimeSpan.Zero);
        }

        var offset = zone.IsAmbiguousTime(wallClock)
            ? zone.GetAmbiguousTimeOffsets(wallClock).Max() // the larger offset is the earlier instant
            : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The user's zone, or UTC for an id this machine does not know.</summary>
    public static TimeZoneInfo FindZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
