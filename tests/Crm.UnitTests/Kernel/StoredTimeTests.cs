using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class StoredTimeTests
{
    [Test]
    public void ToStoredPrecision_WhenOffsetIsNotUtc_ConvertsToUtc()
    {
        var local = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.FromHours(2));

        var stored = local.ToStoredPrecision();

        Assert.Multiple(() =>
        {
            Assert.That(stored.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(stored.DateTime, Is.EqualTo(new DateTime(2026, 3, 1, 8, 30, 0)));
            Assert.That(stored, Is.EqualTo(local), "The same instant.");
        });
    }

    [Test]
    public void ToStoredPrecision_WhenSubMillisecondTicks_TruncatesToWholeMilliseconds()
    {
        var precise = new DateTimeOffset(2026, 3, 1, 8, 30, 0, 123, TimeSpan.Zero).AddTicks(9_999);

        var stored = precise.ToStoredPrecision();

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(new DateTimeOffset(2026, 3, 1, 8, 30, 0, 123, TimeSpan.Zero)));
            Assert.That(stored.Ticks % TimeSpan.TicksPerMillisecond, Is.Zero);
        });
    }

    [Test]
    public void ToStoredPrecision_WhenAlreadyStoredPrecision_IsUnchanged()
    {
        var value = new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.Zero);

        Assert.That(value.ToStoredPrecision(), Is.EqualTo(value));
    }

    [Test]
    public void ToStoredPrecision_WhenNegativeOffsetCrossesMidnight_MovesToNextUtcDay()
    {
        var local = new DateTimeOffset(2026, 1, 31, 22, 0, 0, TimeSpan.FromHours(-5)).AddTicks(1);

        var stored = local.ToStoredPrecision();

        Assert.Multiple(() =>
        {
            Assert.That(stored.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(stored.UtcDateTime, Is.EqualTo(new DateTime(2026, 2, 1, 3, 0, 0, DateTimeKind.Utc)));
        });
    }
}
