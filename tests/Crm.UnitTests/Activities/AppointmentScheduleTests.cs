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
