using CsCheck;
using Crm.Modules.SalesPipeline.Features.Forecast;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class ForecastPeriodsTests
{
    private static readonly Gen<(DateOnly From, DateOnly To)> Ranges =
        from start in Gen.Int[0, 365 * 300]
        from length in Gen.Int[0, 731]
        let first = new DateOnly(1900, 1, 1).AddDays(start)
        select (first, first.AddDays(length));

    [Test]
    public void Split_WhenByMonth_CutsAtMonthEnds_AndTheFirstAndLastToTheRange()
    {
        var periods = ForecastPeriods.Split(new DateOnly(2027, 1, 15), new DateOnly(2027, 3, 10), ForecastInterval.Month).Value;

        Assert.That(periods, Is.EqualTo(new[]
        {
            new ForecastPeriod("2027-01", new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 31)),
            new ForecastPeriod("2027-02", new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)),
            new ForecastPeriod("2027-03", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10)),
        }));
    }

    [Test]
    public void Split_WhenByQuarter_CutsAtQuarterEnds_AcrossAYear()
    {
        var periods = ForecastPeriods.Split(new DateOnly(2027, 2, 1), new DateOnly(2028, 1, 5), ForecastInterval.Quarter).Value;

        Assert.That(periods, Is.EqualTo(new[]
        {
            new ForecastPeriod("2027-Q1", new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 31)),
            new ForecastPeriod("2027-Q2", new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30)),
            new ForecastPeriod("2027-Q3", new DateOnly(2027, 7, 1), new DateOnly(2027, 9, 30)),
            new ForecastPeriod("2027-Q4", new DateOnly(2027, 10, 1), new DateOnly(2027, 12, 31)),
            new ForecastPeriod("2028-Q1", new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 5)),
        }));
    }

    [TestCase(2028, 29)]
    [TestCase(2027, 28)]
    [TestCase(2000, 29)]
    [TestCase(2100, 28)]
    public void Split_WhenFebruary_EndsOnItsLastDay_LeapYearsIncluded(int year, int lastDay)
    {
        var periods = ForecastPeriods.Split(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ForecastInterval.Month).Value;

        Assert.Multiple(() =>
        {
            Assert.That(periods, Has.Count.EqualTo(12));
            Assert.That(periods[1], Is.EqualTo(new ForecastPeriod($"{year}-02", new DateOnly(year, 2, 1), new DateOnly(year, 2, lastDay))));
            Assert.That(periods[2].From, Is.EqualTo(new DateOnly(year, 3, 1)));
        });
    }

    [Test]
    public void Split_WhenOneDay_GivesOnePeriodOfThatDay()
    {
        var leapDay = new DateOnly(2028, 2, 29);

        var periods = ForecastPeriods.Split(leapDay, leapDay, ForecastInterval.Quarter).Value;

        Assert.That(periods, Is.EqualTo(new[] { new ForecastPeriod("2028-Q1", leapDay, leapDay) }));
    }

    [Test]
    public void Split_WhenTwentyFourMonths_Accepts_AndADayMoreIsRefused()
    {
        var from = new DateOnly(2027, 1, 1);

        var longest = ForecastPeriods.Split(from, new DateOnly(2028, 12, 31), ForecastInterval.Month);
        var tooLong = ForecastPeriods.Split(from, new DateOnly(2029, 1, 1), ForecastInterval.Month);
        var fromLeapDay = ForecastPeriods.Split(new DateOnly(2028, 2, 29), new DateOnly(2030, 2, 28), ForecastInterval.Quarter);

        Assert.Multiple(() =>
        {
            Assert.That(longest.Value, Has.Count.EqualTo(24));
            Assert.That(tooLong.Error?.Code, Is.EqualTo("forecast.range_too_long"));
            Assert.That(fromLeapDay.Error?.Code, Is.EqualTo("forecast.range_too_long"), "24 months after 29 February 2028 is 28 February 2030, excluded");
        });
    }

    [Test]
    public void Split_WhenFromIsAfterToOrOutOfBounds_Refuses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ForecastPeriods.Split(new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 28), ForecastInterval.Month).Error?.Code, Is.EqualTo("forecast.range_invalid"));
            Assert.That(ForecastPeriods.Split(new DateOnly(1, 1, 1), new DateOnly(1, 1, 2), ForecastInterval.Month).Error?.Code, Is.EqualTo("forecast.range_invalid"));
            Assert.That(ForecastPeriods.Split(DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue, ForecastInterval.Quarter).Error?.Code, Is.EqualTo("forecast.range_invalid"));
        });
    }

    [Test]
    public void Split_WhenAnyRange_CoversEachDayOnce_InWholeCalendarPeriods()
    {
        Gen.Select(Ranges, Gen.OneOf(ForecastInterval.Month, ForecastInterval.Quarter)).Sample((range, interval) =>
        {
            var split = ForecastPeriods.Split(range.From, range.To, interval);
            if (range.To >= range.From.AddMonths(ForecastPeriods.MaxMonths))
            {
                return split.Error?.Code == "forecast.range_too_long";
            }

            var periods = split.Value;
            return periods[0].From == range.From
                && periods[^1].To == range.To
                && periods.Zip(periods.Skip(1)).All(pair => pair.First.To.AddDays(1) == pair.Second.From)
                && periods.All(p => p.From <= p.To && ForecastPeriods.StartOf(p.From, interval) == ForecastPeriods.StartOf(p.To, interval)
                    && p.Key == ForecastPeriods.KeyOf(p.To, interval));
        });
    }

    [TestCase(1, "2027-Q1")]
    [TestCase(3, "2027-Q1")]
    [TestCase(4, "2027-Q2")]
    [TestCase(9, "2027-Q3")]
    [TestCase(10, "2027-Q4")]
    [TestCase(12, "2027-Q4")]
    public void KeyOf_WhenByQuarter_NamesTheQuarterOfTheMonth(int month, string key) =>
        Assert.That(ForecastPeriods.KeyOf(new DateOnly(2027, month, 17), ForecastInterval.Quarter), Is.EqualTo(key));

    [Test]
    public void Months_WhenAQuarterCutShort_AreTheMonthsItTouches()
    {
        var period = new ForecastPeriod("2027-Q1", new DateOnly(2027, 2, 10), new DateOnly(2027, 3, 31));

        Assert.That(period.Months, Is.EqualTo(new[] { new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1) }));
    }

    [Test]
    public void StartAndEndUtc_WhenTheYearEnds_AreMidnightsUtc()
    {
        var period = new ForecastPeriod("2027-Q4", new DateOnly(2027, 10, 1), new DateOnly(2027, 12, 31));

        Assert.Multiple(() =>
        {
            Assert.That(period.StartUtc, Is.EqualTo(new DateTimeOffset(2027, 10, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(period.EndUtc, Is.EqualTo(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void QuarterOf_WhenLeapDay_IsTheFirstQuarter() =>
        Assert.That(ForecastPeriods.QuarterOf(new DateOnly(2028, 2, 29)), Is.EqualTo((new DateOnly(2028, 1, 1), new DateOnly(2028, 3, 31))));

    [TestCase(null, ForecastInterval.Month)]
    [TestCase("month", ForecastInterval.Month)]
    [TestCase("Quarter", ForecastInterval.Quarter)]
    [TestCase(" QUARTER ", ForecastInterval.Quarter)]
    public void ParseInterval_WhenKnown_ReadsIt(string? text, ForecastInterval interval) =>
        Assert.That(ForecastPeriods.ParseInterval(text).Value, Is.EqualTo(interval));

    [TestCase("week")]
    [TestCase("year")]
    public void ParseInterval_WhenUnknown_Refuses(string text) =>
        Assert.That(ForecastPeriods.ParseInterval(text).Error?.Code, Is.EqualTo("forecast.interval_invalid"));
}
