using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Features.Forecast;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class ForecastTotalsTests
{
    private static readonly IReadOnlyList<ForecastPeriod> FirstHalf =
        ForecastPeriods.Split(new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), ForecastInterval.Quarter).Value;

    [Test]
    public void Assemble_WhenDealsInTwoCurrencies_SumsEachApart_WithBestCaseHoldingCommit()
    {
        OpenDealSum[] open =
        [
            new(0, "EUR", ForecastCategory.Pipeline, 2, 100_000, 100_000 * 25),
            new(0, "EUR", ForecastCategory.BestCase, 1, 50_000, 50_000 * 50),
            new(0, "EUR", ForecastCategory.Commit, 1, 20_000, 20_000 * 75),
            new(0, "USD", ForecastCategory.Commit, 1, 30_000, 30_000 * 10),
            new(0, null, ForecastCategory.Pipeline, 3, 0, 0),
        ];

        var (periods, _) = ForecastTotals.Assemble(FirstHalf, open, [], []);

        Assert.Multiple(() =>
        {
            Assert.That((periods[0].Period, periods[0].OpenCount, periods[0].WonCount), Is.EqualTo(("2027-Q1", 8, 0)), "deals without an amount are counted");
            Assert.That(periods[0].Currencies, Is.EqualTo(new[]
            {
                new ForecastFigures("EUR", 1_700m, 650m, 700m, 200m, 0m, null, null, 4, 0),
                new ForecastFigures("USD", 300m, 30m, 300m, 300m, 0m, null, null, 1, 0),
            }));
            Assert.That(periods[1].Currencies, Is.Empty);
        });
    }

    [Test]
    public void Assemble_WhenOmittedDealsAreGiven_LeavesThemOut()
    {
        var (periods, total) = ForecastTotals.Assemble(FirstHalf, [new(1, "EUR", ForecastCategory.Omitted, 1, 9_900, 9_900 * 50)], [], []);

        Assert.Multiple(() =>
        {
            Assert.That((periods[1].OpenCount, periods[1].Currencies.Count), Is.EqualTo((0, 0)));
            Assert.That(total.OpenCount, Is.Zero);
        });
    }

    [Test]
    public void Assemble_WhenQuotasPerMonth_SumsAQuartersMonths_AndMeasuresWonAgainstThem()
    {
        WonDealSum[] won = [new(0, "EUR", 2, 450_000), new(1, "EUR", 1, 100_000), new(1, "USD", 1, 70_000)];
        QuotaSum[] quotas =
        [
            new(new DateOnly(2027, 1, 1), "EUR", 200_000),
            new(new DateOnly(2027, 2, 1), "EUR", 200_000),
            new(new DateOnly(2027, 3, 1), "EUR", 200_000),
            new(new DateOnly(2027, 4, 1), "EUR", 300_000),
            new(new DateOnly(2027, 7, 1), "EUR", 999_999),
        ];

        var (periods, total) = ForecastTotals.Assemble(FirstHalf, [], won, quotas);

        Assert.Multiple(() =>
        {
            Assert.That(periods[0].Currencies.Single(), Is.EqualTo(new ForecastFigures("EUR", 0m, 0m, 0m, 0m, 4_500m, 6_000m, 0.75m, 0, 2)));
            Assert.That(periods[1].Currencies, Is.EqualTo(new[]
            {
                new ForecastFigures("EUR", 0m, 0m, 0m, 0m, 1_000m, 3_000m, 0.3333m, 0, 1),
                new ForecastFigures("USD", 0m, 0m, 0m, 0m, 700m, null, null, 0, 1),
            }));
            Assert.That((total.Period, total.From, total.To, total.WonCount), Is.EqualTo(("total", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), 4)));
            Assert.That(total.Currencies.Select(c => (c.Currency, c.Won, c.Quota, c.Attainment)), Is.EqualTo(new[]
            {
                ("EUR", 5_500m, (decimal?)9_000m, (decimal?)0.6111m),
                ("USD", 700m, null, null),
            }));
        });
    }

    [Test]
    public void Assemble_WhenAQuotaButNoDeals_ShowsTheQuotaWithNoAttainmentYet()
    {
        var (periods, _) = ForecastTotals.Assemble(FirstHalf, [], [], [new(new DateOnly(2027, 5, 1), "GBP", 123_45)]);

        Assert.That(periods[1].Currencies.Single(), Is.EqualTo(new ForecastFigures("GBP", 0m, 0m, 0m, 0m, 0m, 123.45m, 0m, 0, 0)));
    }

    [TestCase(0L, null, null)]
    [TestCase(150L, 100L, 1.5)]
    [TestCase(2L, 3L, 0.6667)]
    [TestCase(1L, 20_000L, 0.0001)]
    [TestCase(1L, 30_000L, 0)]
    public void Attainment_IsWonOverQuota_ToFourDecimals(long won, long? quota, double? expected) =>
        Assert.That(ForecastTotals.Attainment(won, quota), Is.EqualTo((decimal?)expected));
}
