using System.Linq.Expressions;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Forecast;

/// <summary>
/// Whose deals and quotas a forecast counts: of the owners <see cref="Visible"/> lets the caller see, the
/// <see cref="Owners"/> named (null: all of them), in one pipeline or all.
/// </summary>
internal sealed record ForecastScope(VisibleOwners Visible, IReadOnlyList<Guid>? Owners, PipelineId? PipelineId);

/// <summary>
/// The forecast's sums, grouped by the database: deals are never loaded. Each deal's period is a <c>CASE</c> over the
/// periods' first days (parameters, so one query plan serves every range of as many periods), which every provider
/// compares, SQLite's binary times included.
/// </summary>
internal sealed class ForecastSums(SalesDbContext db)
{
    /// <summary>The open deals expected to close in the periods, but those omitted from the forecast.</summary>
    public async Task<IReadOnlyList<OpenDealSum>> OpenAsync(ForecastScope scope, IReadOnlyList<ForecastPeriod> periods, CancellationToken cancellationToken)
    {
        var from = periods[0].From;
        var to = periods[^1].To;
        var periodOf = PeriodOf(d => d.ExpectedCloseDate, periods.Skip(1).Select(p => (DateOnly?)p.From).ToList());
        var rows = await DealsOf(scope)
            .Where(d => d.Status == DealStatus.Open && d.ForecastCategory != ForecastCategory.Omitted && d.ExpectedCloseDate >= from && d.ExpectedCloseDate <= to)
            .GroupBy(WithPeriod((d, period) => new { Period = period, d.Currency, d.ForecastCategory }, periodOf))
            .Select(g => new
            {
                g.Key.Period,
                g.Key.Currency,
                g.Key.ForecastCategory,
                Count = g.Count(),
                Cents = g.Sum(d => d.AmountCents ?? 0),
                WeightedCents = g.Sum(d => (d.AmountCents ?? 0) * d.Probability),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OpenDealSum(r.Period, r.Currency, r.ForecastCategory, r.Count, r.Cents, r.WeightedCents))];
    }

    /// <summary>The deals won in the periods (by the UTC date they were won on).</summary>
    public async Task<IReadOnlyList<WonDealSum>> WonAsync(ForecastScope scope, IReadOnlyList<ForecastPeriod> periods, CancellationToken cancellationToken)
    {
        var start = (DateTimeOffset?)periods[0].StartUtc;
        var end = (DateTimeOffset?)periods[^1].EndUtc;
        var periodOf = PeriodOf(d => d.ClosedAtUtc, periods.Skip(1).Select(p => (DateTimeOffset?)p.StartUtc).ToList());
        var rows = await DealsOf(scope)
            .Where(d => d.Status == DealStatus.Won && d.ClosedAtUtc >= start && d.ClosedAtUtc < end)
            .GroupBy(WithPeriod((d, period) => new { Period = period, d.Currency }, periodOf))
            .Select(g => new { g.Key.Period, g.Key.Currency, Count = g.Count(), Cents = g.Sum(d => d.AmountCents ?? 0) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WonDealSum(r.Period, r.Currency, r.Count, r.Cents))];
    }

    /// <summary>The quotas of the owners in scope for the months the periods touch (whatever the pipeline).</summary>
    public async Task<IReadOnlyList<QuotaSum>> QuotasAsync(ForecastScope scope, IReadOnlyList<ForecastPeriod> periods, CancellationToken cancellationToken)
    {
        var owners = scope.Owners?.Where(o => scope.Visible.Includes(o)).ToList() ?? (scope.Visible.Everyone ? null : [.. scope.Visible.OwnerIds]);
        if (owners is { Count: 0 })
        {
            return [];
        }

        var firstMonth = ForecastPeriods.MonthOf(periods[0].From);
        var lastMonth = ForecastPeriods.MonthOf(periods[^1].To);
        var quotas = db.Quotas.AsNoTracking().Where(q => q.Month >= firstMonth && q.Month <= lastMonth);
        if (owners is not null)
        {
            quotas = quotas.Where(q => owners.Contains(q.UserId));
        }

        var rows = await quotas
            .GroupBy(q => new { q.Month, q.Currency })
            .Select(g => new { g.Key.Month, g.Key.Currency, Cents = g.Sum(q => q.AmountCents) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new QuotaSum(r.Month, r.Currency, r.Cents))];
    }

    private IQueryable<Deal> DealsOf(ForecastScope scope)
    {
        var deals = db.Deals.AsNoTracking().VisibleTo(scope.Visible);
        if (scope.Owners is { } owners)
        {
            deals = deals.Where(d => owners.Contains(d.OwnerId));
        }

        if (scope.PipelineId is { } pipelineId)
        {
            deals = deals.Where(d => d.PipelineId == pipelineId);
        }

        return deals;
    }

    /// <summary>
    /// <c>when &lt; starts[0] ? 0 : when &lt; starts[1] ? 1 : … : starts.Count</c>: the index of the period a deal falls
    /// in, given the first moments of every period but the first (the query keeps only deals inside the range).
    /// </summary>
    internal static Expression<Func<Deal, int>> PeriodOf<T>(Expression<Func<Deal, T>> when, IReadOnlyList<T> starts)
    {
        Expression body = Expression.Constant(starts.Count);
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            var start = Expression.Property(Expression.Constant(new Bound<T>(starts[i])), nameof(Bound<T>.Value));
            body = Expression.Condition(Expression.LessThan(when.Body, start), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<Deal, int>>(body, when.Parameters);
    }

    /// <summary>Puts <paramref name="periodOf"/> in the place of <paramref name="key"/>'s second parameter.</summary>
    private static Expression<Func<Deal, TKey>> WithPeriod<TKey>(Expression<Func<Deal, int, TKey>> key, Expression<Func<Deal, int>> periodOf)
    {
        var deal = key.Parameters[0];
        var period = new Replace(periodOf.Parameters[0], deal).Visit(periodOf.Body)!;
        return Expression.Lambda<Func<Deal, TKey>>(new Replace(key.Parameters[1], period).Visit(key.Body)!, deal);
    }

    /// <summary>A value read through a member, as a closure's would be: the query sends it as a parameter.</summary>
    private sealed class Bound<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
