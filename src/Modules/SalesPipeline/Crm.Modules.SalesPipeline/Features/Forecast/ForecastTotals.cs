using Crm.Modules.SalesPipeline.Domain.Deals;

namespace Crm.Modules.SalesPipeline.Features.Forecast;

/// <summary>
/// The open deals of one period (its index in the forecast's list), currency and forecast category, as summed by the
/// database; <c>WeightedCents</c> sums hundredths × probability (percent).
/// </summary>
internal sealed record OpenDealSum(int Period, string? Currency, ForecastCategory Category, int Count, long Cents, long WeightedCents);

/// <summary>The deals won in one period and currency, as summed by the database.</summary>
internal sealed record WonDealSum(int Period, string? Currency, int Count, long Cents);

/// <summary>The quotas of one month and currency, as summed by the database.</summary>
internal sealed record QuotaSum(DateOnly Month, string Currency, long Cents);

/// <summary>Turns the database's sums into a forecast's rows: per period, per currency, and over the whole range.</summary>
internal static class ForecastTotals
{
    public const string TotalKey = "total";

    public static (IReadOnlyList<ForecastPeriodResponse> Periods, ForecastPeriodResponse Total) Assemble(
        IReadOnlyList<ForecastPeriod> periods, IReadOnlyList<OpenDealSum> open, IReadOnlyList<WonDealSum> won, IReadOnlyList<QuotaSum> quotas)
    {
        open = [.. open.Where(o => o.Category != ForecastCategory.Omitted)];
        var quotaByMonth = quotas.ToLookup(q => q.Month);
        var rows = periods.Select((period, i) => Row(
                period.Key,
                period.From,
                period.To,
                [.. open.Where(o => o.Period == i)],
                [.. won.Where(w => w.Period == i)],
                [.. period.Months.SelectMany(month => quotaByMonth[month])]))
            .ToList();
        var total = Row(
            TotalKey,
            periods[0].From,
            periods[^1].To,
            open,
            won,
            [.. periods.SelectMany(p => p.Months).Distinct().SelectMany(month => quotaByMonth[month])]);
        return (rows, total);
    }

    /// <summary>Won ÷ quota, to four decimals (0.7523 for 75.23 %); null without a quota.</summary>
    public static decimal? Attainment(long wonCents, long? quotaCents) =>
        quotaCents is > 0 ? decimal.Round((decimal)wonCents / quotaCents.Value, 4, MidpointRounding.AwayFromZero) : null;

    private static ForecastPeriodResponse Row(
        string key, DateOnly from, DateOnly to, IReadOnlyList<OpenDealSum> open, IReadOnlyList<WonDealSum> won, IReadOnlyList<QuotaSum> quotas)
    {
        var currencies = open.Select(o => o.Currency).Concat(won.Select(w => w.Currency)).Concat(quotas.Select(q => q.Currency))
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(currency => Figures(
                currency,
                [.. open.Where(o => o.Currency == currency)],
                [.. won.Where(w => w.Currency == currency)],
                [.. quotas.Where(q => q.Currency == currency)]))
            .ToList();
        return new ForecastPeriodResponse(key, from, to, open.Sum(o => o.Count), won.Sum(w => w.Count), currencies);
    }

    private static ForecastFigures Figures(string currency, List<OpenDealSum> open, List<WonDealSum> won, List<QuotaSum> quotas)
    {
        var wonCents = won.Sum(w => w.Cents);
        long? quotaCents = quotas.Count > 0 ? quotas.Sum(q => q.Cents) : null;
        return new ForecastFigures(
            currency,
            OpenPipeline: open.Sum(o => o.Cents) / 100m,
            Weighted: open.Sum(o => o.WeightedCents) / 10_000m,
            BestCase: open.Where(o => o.Category is ForecastCategory.BestCase or ForecastCategory.Commit).Sum(o => o.Cents) / 100m,
            Commit: open.Where(o => o.Category == ForecastCategory.Commit).Sum(o => o.Cents) / 100m,
            Won: wonCents / 100m,
            Quota: quotaCents / 100m,
            Attainment: Attainment(wonCents, quotaCents),
            OpenCount: open.Sum(o => o.Count),
            WonCount: won.Sum(w => w.Count));
    }
}
