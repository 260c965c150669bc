using CsCheck;
using Crm.Modules.Activities.Domain.Appointments;

namespace Crm.UnitTests.Activities;

internal sealed class AppointmentScheduleTests
{
    private const string Paris = "Europe/Paris";

    [Test]
    public void Timed_ReadsWallClockTimesInItsZone_OnEitherSideOfTheChanges()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Timed("2027-01-15T10:00", "2027-01-15T11:00").Value.StartUtc, Is.EqualTo(Utc("2027-01-15T09:00")));
            Assert.That(Timed("2027-07-15T10:00", "2027-07-15T11:00").Value.StartUtc, Is.EqualTo(Utc("2027-07-15T08:00")));
            Assert.That(Timed("2027-03-28T02:30", "2027-03-28T04:00").Value.StartUtc, Is.EqualTo(Utc("2027-03-28T01:30")), "02:30 does not exist that night: it moves forward by the hour skipped");
            Assert.That(Timed("2026-10-25T02:30", "2026-10-25T04:00").Value.StartUtc, Is.EqualTo(Utc("2026-10-25T00:30")), "02:30 happens twice that night: the first, summer-time one");
        });
    }

    [Test]
    public void AWeeklySeries_KeepsItsWallClockTime_AndEndsAfterItsCount()
    {
        var schedule = Timed("2027-03-22T10:00", "2027-03-22T11:00", "FREQ=WEEKLY;COUNT=3").Value;

        var occurrences = schedule.Between(Utc("2027-03-01T00:00"), Utc("2027-06-01T00:00"));

        Assert.Multiple(() =>
        {
            Assert.That(occurrences.Select(o => o.StartUtc), Is.EqualTo(new[] { Utc("2027-03-22T09:00"), Utc("2027-03-29T08:00"), Utc("2027-04-05T08:00") }));
            Assert.That(occurrences.Select(o => o.StartLocal.Hour), Is.All.EqualTo(10));
            Assert.That(schedule.SeriesEndUtc, Is.EqualTo(Utc("2027-04-05T09:00")), "the last occurrence's end");
        });
    }

    [Test]
    public void ASeriesWithoutEnd_HasNoSeriesEnd_AndAnExceptionLeavesOneOccurrenceOut()
    {
        var schedule = Timed("2027-01-04T09:00", "2027-01-04T09:15", "FREQ=DAILY").Value;
        var without = schedule.Without(new DateTime(2027, 1, 6, 9, 0, 0)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(schedule.SeriesEndUtc, Is.Null);
            Assert.That(without.Between(Utc("2027-01-05T00:00"), Utc("2027-01-08T00:00")).Select(o => o.StartLocal.Day), Is.EqualTo(new[] { 5, 7 }));
            Assert.That(without.HasOccurrenceAt(new DateTime(2027, 1, 7, 9, 0, 0)), Is.True);
            Assert.That(without.HasOccurrenceAt(new DateTime(2027, 1, 7, 10, 0, 0)), Is.False);
        });
    }

    [Test]
    public void AnAllDayEvent_RunsFromMidnightOfItsFirstDayToMidnightAfterItsLast()
    {
        var schedule = AppointmentSchedule.AllDayEvent(Paris, new DateOnly(2027, 6, 16), new DateOnly(2027, 6, 17), null, null).Value;

        Assert.Multiple(() =>
        {
            Assert.That((schedule.StartLocal, schedule.EndLocal), Is.EqualTo((new DateTime(2027, 6, 16), new DateTime(2027, 6, 18))));
            Assert.That(schedule.StartUtc, Is.EqualTo(Utc("2027-06-15T22:00")));
            Assert.That(AppointmentSchedule.AllDayEvent(Paris, new DateOnly(2027, 6, 16), new DateOnly(2027, 6, 15), null, null).Error?.Code, Is.EqualTo("appointment.end_before_start"));
            Assert.That(AppointmentSchedule.AllDayEvent(Paris, new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 31), null, null).Error?.Code, Is.EqualTo("appointment.too_long"));
        });
    }

    [TestCase("FREQ=HOURLY")]
    [TestCase("FREQ=WEEKLY;BYDAY=XX")]
    [TestCase("not a rule")]
    [TestCase("FREQ=DAILY;COUNT=5;UNTIL=20270101T000000Z")]
    [TestCase("FREQ=DAILY;COUNT=5000")]
    public void ARecurrenceOutsideWhatAnAppointmentTakes_IsRefused(string rule) =>
        Assert.That(Timed("2027-01-04T09:00", "2027-01-04T10:00", rule).Error?.Code, Is.EqualTo("appointment.recurrence_invalid"));

    [Test]
    public void BadTimes_AreRefused_NamingWhy()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Timed("2027-01-04T10:00", "2027-01-04T10:00").Error?.Code, Is.EqualTo("appointment.end_before_start"));
            Assert.That(Timed("2027-01-04T10:00", "2027-01-20T10:00").Error?.Code, Is.EqualTo("appointment.too_long"));
            Assert.That(AppointmentSchedule.Timed("Paris", new DateTime(2027, 1, 4, 10, 0, 0), new DateTime(2027, 1, 4, 11, 0, 0), null, null).Error?.Code, Is.EqualTo("appointment.time_zone_unknown"));
            Assert.That(AppointmentSchedule.Timed(Paris, new DateTime(2027, 1, 4, 10, 0, 0), new DateTime(2027, 1, 4, 11, 0, 0), null, [new DateTime(2027, 1, 5, 10, 0, 0)]).Error?.Code,
                Is.EqualTo("appointment.exceptions_without_recurrence"));
        });
    }

    private static Crm.Shared.Kernel.Result<AppointmentSchedule> Timed(string start, string end, string? rule = null) =>
        AppointmentSchedule.Timed(Paris, DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), rule, null);

    private static DateTimeOffset Utc(string value) =>
        new(DateTime.SpecifyKind(DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
}

internal sealed class AppointmentExpansionTests
{
    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo", "Indian/Reunion"];
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private static readonly Gen<AppointmentSchedule> Series =
        from zone in Gen.OneOf(Zones)
        from allDay in Gen.Bool
        from startDay in Gen.Int[0, 3 * 365]
        from startMinute in Gen.Int[0, 24 * 4 - 1]
        from minutes in Gen.Int[15, 240]
        from weekly in Gen.Bool
        from interval in Gen.Int[1, 3]
        from days in Gen.Int[0, 127]
        from until in Gen.Int[-1, 3 * 365]
        from exceptions in Gen.Int[0, 400].Array[0, 4]
        select Build(zone, allDay, startDay, startMinute * 15, minutes, weekly, interval, days, until, exceptions);

    [Test]
    public void ARangeFarFromTheStart_HasTheSameOccurrences_WhetherExpandedNearItOrFromTheStart()
    {
        Gen.Select(Series, Gen.Int[0, 4 * 365], Gen.Int[1, 42]).Sample((series, offsetDays, lengthDays) =>
        {
            var from = series.StartUtc.AddDays(offsetDays).AddHours(-7);
            var to = from.AddDays(lengthDays);
            var near = series.Between(from, to, startNearRange: true);
            var whole = series.Between(from, to, startNearRange: false);
            return near.SequenceEqual(whole);
        }, iter: 300);
    }

    [Test]
    public void TheFirstOccurrenceAfterAnyTime_IsTheFirstOfTheWholeExpansionAfterIt()
    {
        Gen.Select(Series, Gen.Int[0, 4 * 365], Gen.Int[0, 24 * 60 - 1], Gen.Bool).Sample((series, offsetDays, minute, atStartTime) =>
        {
            // Half the times at the series' own wall clock, often an occurrence's start: that one is not "after" itself.
            var after = atStartTime ? series.StartLocal.AddDays(offsetDays) : series.StartLocal.Date.AddDays(offsetDays).AddMinutes(minute);
            var afterUtc = series.ToUtc(after);
            var expected = series.Between(afterUtc.AddDays(-1), afterUtc.AddDays(400), startNearRange: false).FirstOrDefault(o => o.StartLocal > after);
            var found = series.FirstStartingAfter(after);
            return expected == default ? found is null : found == expected;
        }, iter: 300);
    }

    private static AppointmentSchedule Build(
        string zone, bool allDay, int startDay, int startMinute, int minutes, bool weekly, int interval, int days, int until, int[] exceptions)
    {
        var start = new DateTime(2025, 1, 1).AddDays(startDay).AddMinutes(startMinute);
        var byDay = string.Join(',', Days.Where((_, i) => (days & (1 << i)) != 0));
        var rule = $"FREQ={(weekly ? "WEEKLY" : "DAILY")};INTERVAL={interval}"
            + (byDay.Length > 0 ? $";BYDAY={byDay}" : string.Empty)
            + (until >= 0 ? $";UNTIL={start.AddDays(until):yyyyMMdd}T235959Z" : string.Empty);
        var excluded = exceptions.Select(e => start.AddDays(e)).ToList();
        var schedule = allDay
            ? AppointmentSchedule.AllDayEvent(zone, DateOnly.FromDateTime(start), DateOnly.FromDateTime(start).AddDays(minutes % 3), rule, excluded)
            : AppointmentSchedule.Timed(zone, start, start.AddMinutes(minutes), rule, excluded);
        return schedule.Value;
    }
}
