namespace Crm.Modules.SalesPipeline.Features.Forecast;

/// <summary>
/// A forecast: one row per month or quarter and a total over the range, each in as many currencies as its deals and
/// quotas hold (amounts in different currencies are never added together).
/// </summary>
internal sealed record ForecastResponse(
    DateOnly From,
    DateOnly To,
    string Interval,
    Guid? OwnerId,
    Guid? TeamId,
    Guid? PipelineId,
    IReadOnlyList<ForecastPeriodResponse> Periods,
    ForecastPeriodResponse Total);

/// <summary>
/// One period (<c>2027-01</c>, <c>2027-Q1</c> or <c>total</c>): <see cref="OpenCount"/> and <see cref="WonCount"/>
/// count every deal, those without an amount too; <see cref="Currencies"/> holds the sums per currency.
/// </summary>
internal sealed record ForecastPeriodResponse(string Period, DateOnly From, DateOnly To, int OpenCount, int WonCount, IReadOnlyList<ForecastFigures> Currencies);

/// <summary>
/// A period's figures in one currency. Open deals count by expected close date, leaving out those omitted from the
/// forecast; <see cref="Weighted"/> is each amount times its probability; <see cref="BestCase"/> holds the best-case
/// and commit deals, <see cref="Commit"/> the commit ones; <see cref="Won"/> the deals won in the period.
/// <see cref="Quota"/> (null when none is set) sums the quotas of the owners in scope for the period's months, and
/// <see cref="Attainment"/> is won ÷ quota (0.75 for 75 %), null without a quota.
/// </summary>
internal sealed record ForecastFigures(
    string Currency,
    decimal OpenPipeline,
    decimal Weighted,
    decimal BestCase,
    decimal Commit,
    decimal Won,
    decimal? Quota,
    decimal? Attainment,
    int OpenCount,
    int WonCount);
