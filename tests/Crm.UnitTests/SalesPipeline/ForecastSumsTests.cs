using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.SalesPipeline;

/// <summary>The period a deal falls in, as the database computes it: the expression run here in memory.</summary>
internal sealed class ForecastSumsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();

    private readonly Pipeline _pipeline = Pipeline.Create("Ventes", 0, [PipelineTests.Open("Découverte"), PipelineTests.Won(), PipelineTests.Lost()], Now).Value;

    [TestCase("2028-01-01", 0)]
    [TestCase("2028-01-31", 0)]
    [TestCase("2028-02-01", 1)]
    [TestCase("2028-02-29", 1)]
    [TestCase("2028-03-01", 2)]
    [TestCase("2028-03-31", 2)]
    public void PeriodOf_WhenByExpectedCloseDate_PutsEachDayInItsMonth(string expected, int period)
    {
        var periods = ForecastPeriods.Split(new DateOnly(2028, 1, 1), new DateOnly(2028, 3, 31), ForecastInterval.Month).Value;
        var periodOf = ForecastSums.PeriodOf(d => d.ExpectedCloseDate, [.. periods.Skip(1).Select(p => (DateOnly?)p.From)]).Compile();

        Assert.That(periodOf(NewDeal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(period));
    }

    [TestCase("2027-03-31T23:59:59.999Z", 0)]
    [TestCase("2027-04-01T00:00:00Z", 1)]
    [TestCase("2027-06-30T12:00:00Z", 1)]
    [TestCase("2027-07-01T00:00:00.001Z", 2)]
    [TestCase("2027-12-31T23:59:59Z", 3)]
    public void PeriodOf_WhenByTheTimeWon_PutsEachMomentInItsQuarter_AtUtcMidnight(string wonAt, int period)
    {
        var periods = ForecastPeriods.Split(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), ForecastInterval.Quarter).Value;
        var periodOf = ForecastSums.PeriodOf(d => d.ClosedAtUtc, [.. periods.Skip(1).Select(p => (DateTimeOffset?)p.StartUtc)]).Compile();
        var deal = NewDeal(null);
        deal.MoveTo(_pipeline, _pipeline.WonStage, Owner, DateTimeOffset.Parse(wonAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(periodOf(deal), Is.EqualTo(period));
    }

    [Test]
    public void PeriodOf_WhenOnePeriod_IsAlwaysTheFirst() =>
        Assert.That(ForecastSums.PeriodOf(d => d.ExpectedCloseDate, []).Compile()(NewDeal(new DateOnly(2027, 5, 5))), Is.Zero);

    private Deal NewDeal(DateOnly? expectedCloseDate) => Deal.Create(
        new DealDetails("Logiciel", Money.Create(100m, "EUR").Value, expectedCloseDate, null, [], null, null, ForecastCategory.Pipeline),
        Owner,
        _pipeline,
        _pipeline.Stages[0],
        Owner,
        Now).Value;
}
