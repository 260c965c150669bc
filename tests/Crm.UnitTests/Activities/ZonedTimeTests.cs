using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.UnitTests.Activities;

internal sealed class ZonedTimeTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [TestCase("2027-01-15T09:00", "2027-01-15T08:00:00Z", TestName = "ToUtc_OnAWinterDay_TakesOffTheStandardHour")]
    [TestCase("2027-07-15T09:00", "2027-07-15T07:00:00Z", TestName = "ToUtc_OnASummerDay_TakesOffTwoHours")]
    [TestCase("2027-03-28T01:59", "2027-03-28T00:59:00Z", TestName = "ToUtc_JustBeforeTheSpringGap_IsStillWinterTime")]
    [TestCase("2027-03-28T03:00", "2027-03-28T01:00:00Z", TestName = "ToUtc_AtTheEndOfTheSpringGap_IsSummerTime")]
    [TestCase("2027-03-28T09:00", "2027-03-28T07:00:00Z", TestName = "ToUtc_OnTheMorningOfTheSpringChange_IsSummerTime")]
    [TestCase("2026-10-25T01:59", "2026-10-24T23:59:00Z", TestName = "ToUtc_JustBeforeTheAutumnOverlap_IsSummerTime")]
    [TestCase("2026-10-25T03:00", "2026-10-25T02:00:00Z", TestName = "ToUtc_AfterTheAutumnOverlap_IsWinterTime")]
    public void ToUtc_InParis(string local, string expectedUtc) =>
        Assert.That(ZonedTime.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Paris), Is.EqualTo(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void ToUtc_WhenTheTimeFallsInTheSpringGap_MovesForwardByTheGap()
    {
        // 02:30 does not exist on 2027-03-28 in Paris (02:00 → 03:00): it becomes 03:30 summer time, 01:30 UTC.
        var utc = ZonedTime.ToUtc(new DateTime(2027, 3, 28, 2, 30, 0), Paris);

        Assert.Multiple(() =>
        {
            Assert.That(utc, Is.EqualTo(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero)));
            Assert.That(TimeZoneInfo.ConvertTime(utc, Paris).DateTime, Is.EqualTo(new DateTime(2027, 3, 28, 3, 30, 0)));
        });
    }

    [TestCase(2026, 10, 25)]
    [TestCase(2027, 10, 31)]
    public void ToUtc_WhenTheTimeHappensTwiceInAutumn_TakesTheFirstSummerTimeOccurrence(int year, int month, int day)
    {
        // 02:30 happens at 00:30 UTC (summer time, +2) and again at 01:30 UTC (winter time, +1): the first one.
        var utc = ZonedTime.ToUtc(new DateTime(year, month, day, 2, 30, 0), Paris);

        Assert.That(utc, Is.EqualTo(new DateTimeOffset(year, month, day, 0, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void ToUtc_InUtc_IsTheSameWallClock() =>
        Assert.That(ZonedTime.ToUtc(new DateTime(2027, 3, 28, 2, 30, 0), TimeZoneInfo.Utc), Is.EqualTo(new DateTimeOffset(2027, 3, 28, 2, 30, 0, TimeSpan.Zero)));

    [Test]
    public void FindZone_WhenTheIdIsUnknown_IsUtc() =>
        Assert.Multiple(() =>
        {
            Assert.That(ZonedTime.FindZone("Mars/Olympus_Mons"), Is.EqualTo(TimeZoneInfo.Utc));
            Assert.That(ZonedTime.FindZone(null), Is.EqualTo(TimeZoneInfo.Utc));
            Assert.That(ZonedTime.FindZone("Europe/Paris").Id, Is.EqualTo("Europe/Paris"));
        });

    [Test]
    public void SetReminders_KeepsThemSoonestFirst_WithoutTheSameInstantTwice()
    {
        var task = ActivityTask.Create(
            TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, null, null).Value, Guid.NewGuid(), TaskSource.User, null, DateTimeOffset.UnixEpoch);
        var late = new TaskReminder(new DateTime(2027, 3, 28, 10, 0, 0), new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero));
        var early = new TaskReminder(new DateTime(2027, 3, 28, 9, 0, 0), new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero));

        task.SetReminders([late, early, late]);

        Assert.That(task.Reminders, Is.EqualTo(new[] { early, late }));
    }
}
