using Crm.Shared.Kernel;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>
/// When an appointment happens: a wall-clock start and end in its IANA time zone (midnights for an all-day event, the
/// end exclusive), an optional RFC 5545 recurrence rule and the occurrences it leaves out. Instants are derived with
/// Ical.Net's time zone rules: a wall-clock time skipped by a spring change moves forward by the gap, one repeated by an
/// autumn change is its first (summer-time) instance.
/// </summary>
internal sealed record AppointmentSchedule
{
    public const int MaxOccurrenceCount = RecurrenceRules.MaxOccurrenceCount;
    public const int MaxExceptions = 200;
    public static readonly TimeSpan MaxTimedLength = TimeSpan.FromDays(14);
    public const int MaxAllDayLength = 31;

    private AppointmentSchedule(string timeZone, bool allDay, DateTime startLocal, DateTime endLocal, string? recurrence, IReadOnlyList<DateTime> exceptions)
    {
        TimeZone = timeZone;
        AllDay = allDay;
        StartLocal = startLocal;
        EndLocal = endLocal;
        Recurrence = recurrence;
        Exceptions = exceptions;
        StartUtc = ToUtc(startLocal);
        EndUtc = ToUtc(endLocal);
        SeriesEndUtc = recurrence is null ? EndUtc : LastEnd();
    }

    public string TimeZone { get; }

    public bool AllDay { get; }

    public DateTime StartLocal { get; }

    public DateTime EndLocal { get; }

    /// <summary>An RRULE value without its <c>RRULE:</c> name, e.g. <c>FREQ=WEEKLY;BYDAY=MO</c>.</summary>
    public string? Recurrence { get; }

    /// <summary>Wall-clock starts of the occurrences the recurrence leaves out (EXDATE).</summary>
    public IReadOnlyList<DateTime> Exceptions { get; }

    public DateTimeOffset StartUtc { get; }

    public DateTimeOffset EndUtc { get; }

    /// <summary>When the last occurrence ends; null for a series without end.</summary>
    public DateTimeOffset? SeriesEndUtc { get; }

    public bool IsRecurring => Recurrence is not null;

    public TimeSpan Length => EndUtc - StartUtc;

    /// <summary>A timed appointment from <paramref name="start"/> to <paramref name="end"/>, wall-clock times in <paramref name="timeZone"/>.</summary>
    public static Result<AppointmentSchedule> Timed(string timeZone, DateTime start, DateTime end, string? recurrence, IReadOnlyList<DateTime>? exceptions)
    {
        if (!IsKnownZone(timeZone))
        {
            return ZoneUnknown(timeZone);
        }

        var startLocal = DateTime.SpecifyKind(TrimSeconds(start), DateTimeKind.Unspecified);
        var endLocal = DateTime.SpecifyKind(TrimSeconds(end), DateTimeKind.Unspecified);
        if (endLocal <= startLocal)
        {
            return Error.Validation("appointment.end_before_start", "An appointment ends after it starts.");
        }

        return Build(timeZone, allDay: false, startLocal, endLocal, recurrence, exceptions, s => s.Length <= MaxTimedLength,
            $"A timed appointment lasts at most {MaxTimedLength.TotalDays} days; make it an all-day event.");
    }

    /// <summary>An all-day event from <paramref name="startDate"/> to <paramref name="endDate"/>, both days included.</summary>
    public static Result<AppointmentSchedule> AllDayEvent(string timeZone, DateOnly startDate, DateOnly endDate, string? recurrence, IReadOnlyList<DateTime>? exceptions)
    {
        if (!IsKnownZone(timeZone))
        {
            return ZoneUnknown(timeZone);
        }

        if (endDate < startDate)
        {
            return Error.Validation("appointment.end_before_start", "An all-day event ends on or after the day it starts.");
        }

        if (endDate.DayNumber - startDate.DayNumber >= MaxAllDayLength)
        {
            return Error.Validation("appointment.too_long", $"An all-day event lasts at most {MaxAllDayLength} days.");
        }

        var startLocal = startDate.ToDateTime(TimeOnly.MinValue);
        var endLocal = endDate.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var days = exceptions?.Select(e => e.Date).ToList();
        return Build(timeZone, allDay: true, startLocal, endLocal, recurrence, days, _ => true, string.Empty);
    }

    /// <summary>A schedule read back from storage, checked when it was written.</summary>
    public static AppointmentSchedule Restore(string timeZone, bool allDay, DateTime startLocal, DateTime endLocal, string? recurrence, IReadOnlyList<DateTime> exceptions) =>
        new(timeZone, allDay, startLocal, endLocal, recurrence, exceptions);

    /// <summary>The same times with <paramref name="originalStartLocal"/> left out of the series.</summary>
    public Result<AppointmentSchedule> Without(DateTime originalStartLocal)
    {
        if (!IsRecurring)
        {
            return Error.Conflict("appointment.not_recurring", "Only an occurrence of a recurring appointment can be left out; cancel the appointment instead.");
        }

        var exceptions = Exceptions.Append(originalStartLocal).Distinct().Order().ToList();
        return AllDay
            ? AllDayEvent(TimeZone, DateOnly.FromDateTime(StartLocal), DateOnly.FromDateTime(EndLocal).AddDays(-1), Recurrence, exceptions)
            : Timed(TimeZone, StartLocal, EndLocal, Recurrence, exceptions);
    }

    /// <summary>The occurrences that overlap [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in order.</summary>
    public IReadOnlyList<Occurrence> Between(DateTimeOffset fromUtc, DateTimeOffset toUtc) => Between(fromUtc, toUtc, startNearRange: true);

    /// <summary>
    /// As <see cref="Between(DateTimeOffset, DateTimeOffset)"/>; <paramref name="startNearRange"/> false expands from the
    /// series' first occurrence whatever the range (the tests compare both ways).
    /// </summary>
    internal IReadOnlyList<Occurrence> Between(DateTimeOffset fromUtc, DateTimeOffset toUtc, bool startNearRange)
    {
        if (!IsRecurring)
        {
            return StartUtc < toUtc && EndUtc > fromUtc ? [new Occurrence(StartUtc, EndUtc, StartLocal, EndLocal)] : [];
        }

        var from = new CalDateTime((fromUtc - Length - TimeSpan.FromDays(1)).UtcDateTime, "UTC");
        var to = new CalDateTime(toUtc.UtcDateTime.AddDays(1), "UTC");
        var calendarEvent = startNearRange ? EventNear(fromUtc) : ToEvent();
        return calendarEvent.GetOccurrences(from).TakeWhileBefore(to)
            .Select(ToOccurrence)
            .Where(o => o.StartUtc < toUtc && o.EndUtc > fromUtc)
            .ToList();
    }

    /// <summary>The first occurrence starting after the wall-clock time <paramref name="local"/>; null when the series is over.</summary>
    public Occurrence? FirstStartingAfter(DateTime local)
    {
        if (!IsRecurring)
        {
            return StartLocal > local ? new Occurrence(StartUtc, EndUtc, StartLocal, EndLocal) : null;
        }

        var from = new CalDateTime(ToUtc(local).UtcDateTime.AddDays(-1), "UTC");
        return EventNear(ToUtc(local)).GetOccurrences(from).Select(ToOccurrence).Where(o => o.StartLocal > local).Select(o => (Occurrence?)o).FirstOrDefault();
    }

    /// <summary>Whether <paramref name="startLocal"/> is the wall-clock start of one of the series' occurrences.</summary>
    public bool HasOccurrenceAt(DateTime startLocal)
    {
        var startUtc = ToUtc(startLocal);
        return Between(startUtc, startUtc.AddMinutes(1)).Any(o => o.StartLocal == startLocal);
    }

    /// <summary>The appointment as an iCalendar event's times: DTSTART, DTEND, RRULE and EXDATE.</summary>
    public CalendarEvent ToEvent() => ToEvent(StartLocal, EndLocal);

    private CalendarEvent ToEvent(DateTime startLocal, DateTime endLocal)
    {
        var calendarEvent = new CalendarEvent
        {
            DtStart = AllDay ? new CalDateTime(DateOnly.FromDateTime(startLocal)) : new CalDateTime(startLocal, TimeZone),
            DtEnd = AllDay ? new CalDateTime(DateOnly.FromDateTime(endLocal)) : new CalDateTime(endLocal, TimeZone),
        };
        if (Recurrence is not null)
        {
            calendarEvent.RecurrenceRule = new RecurrenceRule(Recurrence);
            calendarEvent.ExceptionDates.AddRange(Exceptions.Select(e =>
                AllDay ? new CalDateTime(DateOnly.FromDateTime(e)) : new CalDateTime(e, TimeZone)));
        }

        return calendarEvent;
    }

    /// <summary>
    /// Ical.Net expands a series from its first occurrence, so a range years on costs every occurrence since. A daily or
    /// weekly rule without COUNT (and no BY part but plain weekdays) repeats whole periods: the same series is expanded
    /// from its start moved on by whole periods (the same wall clock), to a period at least one before the range: even
    /// when that start is not itself an occurrence (a weekday BYDAY leaves out), it falls before the range.
    /// </summary>
    private CalendarEvent EventNear(DateTimeOffset fromUtc)
    {
        var rule = new RecurrenceRule(Recurrence!);
        var plain = rule.Count is null && rule.Frequency is FrequencyType.Daily or FrequencyType.Weekly
            && rule.ByDay.All(d => d.Offset is null) && rule.ByMonth.Count == 0 && rule.ByMonthDay.Count == 0 && rule.ByYearDay.Count == 0
            && rule.ByWeekNo.Count == 0 && rule.BySetPosition.Count == 0 && rule.ByHour.Count == 0 && rule.ByMinute.Count == 0 && rule.BySecond.Count == 0;
        var periodDays = (rule.Frequency == FrequencyType.Weekly ? 7 : 1) * Math.Max(1, rule.Interval);
        var periods = (int)Math.Floor((fromUtc - StartUtc - Length).TotalDays / periodDays) - 1;
        if (!plain || periods < 2)
        {
            return ToEvent();
        }

        var shift = TimeSpan.FromDays((double)periods * periodDays);
        return ToEvent(StartLocal + shift, EndLocal + shift);
    }

    /// <summary>The instant a wall-clock time of the appointment's zone stands for.</summary>
    public DateTimeOffset ToUtc(DateTime local) =>
        new(new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone).AsUtc, TimeSpan.Zero);

    private static Result<AppointmentSchedule> Build(
        string timeZone, bool allDay, DateTime startLocal, DateTime endLocal, string? recurrence, IReadOnlyList<DateTime>? exceptions,
        Func<AppointmentSchedule, bool> lengthAllowed, string lengthMessage)
    {
        var rule = RecurrenceRules.Read(recurrence, "appointment");
        if (!rule.IsSuccess)
        {
            return rule.Error!;
        }

        var excluded = (exceptions ?? []).Select(e => DateTime.SpecifyKind(TrimSeconds(e), DateTimeKind.Unspecified)).Distinct().Order().ToList();
        if (excluded.Count > 0 && rule.Value is null)
        {
            return Error.Validation("appointment.exceptions_without_recurrence", "Only a recurring appointment has exceptions.");
        }

        if (excluded.Count > MaxExceptions)
        {
            return Error.Validation("appointment.too_many_exceptions", $"A series leaves out at most {MaxExceptions} occurrences.");
        }

        var schedule = new AppointmentSchedule(timeZone, allDay, startLocal, endLocal, rule.Value, excluded);
        return lengthAllowed(schedule) ? schedule : Error.Validation("appointment.too_long", lengthMessage);
    }

    private DateTimeOffset? LastEnd()
    {
        var rule = new RecurrenceRule(Recurrence!);
        if (rule.Until is not null)
        {
            return new DateTimeOffset(rule.Until.AsUtc, TimeSpan.Zero) + Length + TimeSpan.FromDays(1);
        }

        if (rule.Count is null)
        {
            return null;
        }

        var last = ToEvent().GetOccurrences(new CalDateTime(StartUtc.UtcDateTime.AddDays(-1), "UTC")).LastOrDefault();
        return last is null ? EndUtc : ToOccurrence(last).EndUtc;
    }

    private Occurrence ToOccurrence(Ical.Net.DataTypes.Occurrence occurrence)
    {
        var startLocal = DateTime.SpecifyKind(occurrence.Period.StartTime.Value, DateTimeKind.Unspecified);
        var endLocal = startLocal + (EndLocal - StartLocal);
        if (!AllDay)
        {
            endLocal = DateTime.SpecifyKind(occurrence.Period.EffectiveEndTime!.Value, DateTimeKind.Unspecified);
        }

        return new Occurrence(ToUtc(startLocal), ToUtc(endLocal), startLocal, endLocal);
    }

    private static DateTime TrimSeconds(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, value.Kind);

    private static bool IsKnownZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) && zone.HasIanaId;

    private static Error ZoneUnknown(string timeZone) =>
        Error.Validation("appointment.time_zone_unknown", $"'{timeZone}' is not an IANA time zone (e.g. Europe/Paris).");

}
