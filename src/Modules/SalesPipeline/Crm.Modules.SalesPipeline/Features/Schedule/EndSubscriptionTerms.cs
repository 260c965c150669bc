using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>
/// An active term whose renewal deal was won is renewed at once (the next term follows it, at the renewal's amount);
/// one that reaches its end without a won renewal is churned, for the renewal's lost reason or for want of a renewal.
/// </summary>
internal sealed class EndSubscriptionTerms(SalesDbContext db, IOptions<SalesOptions> options)
{
    private const int Batch = 100;

    public async Task<(int Renewed, int Churned)> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var wonRenewals = await WonRenewalsAsync(cancellationToken);
        var renewed = await ForEachAsync(
            db.Subscriptions.Where(s => s.Status == SubscriptionStatus.Active && s.RenewalDealId != null && wonRenewals.Contains(s.RenewalDealId.Value)),
            s => RenewAsync(s, now, cancellationToken),
            cancellationToken);
        var churned = await ForEachAsync(
            db.Subscriptions.Where(s => s.Status == SubscriptionStatus.Active && s.EndDate < today),
            s => ChurnAsync(s, now, cancellationToken),
            cancellationToken);
        return (renewed, churned);
    }

    /// <summary>The renewal deals of active terms that are won (few: renewals open weeks before the end).</summary>
    private async Task<List<Guid>> WonRenewalsAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Subscriptions.Where(s => s.Status == SubscriptionStatus.Active && s.RenewalDealId != null)
            .Select(s => new DealId(s.RenewalDealId!.Value)).ToListAsync(cancellationToken);
        var won = await db.Deals.Where(d => pending.Contains(d.Id) && d.Status == DealStatus.Won).Select(d => d.Id).ToListAsync(cancellationToken);
        return won.ConvertAll(id => id.Value);
    }

    private static async Task<int> ForEachAsync(IQueryable<Subscription> query, Func<Subscription, Task> act, CancellationToken cancellationToken)
    {
        var count = 0;
        List<Subscription> due;
        do
        {
            due = await query.OrderBy(s => s.EndDate).Take(Batch).ToListAsync(cancellationToken);
            foreach (var subscription in due)
            {
                await act(subscription);
                count++;
            }
        }
        while (due.Count == Batch);

        return count;
    }

    private async Task RenewAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var renewal = await db.Deals.AsNoTracking().FirstAsync(d => d.Id == new DealId(subscription.RenewalDealId!.Value), cancellationToken);
        var mrrCents = renewal.AmountCents is { } annual && renewal.Currency == subscription.Currency ? annual / 12 : subscription.MrrCents;
        db.Subscriptions.Add(subscription.Renew(renewal.Id.Value, mrrCents, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChurnAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        subscription.Churn(await ReasonAsync(subscription, cancellationToken), now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> ReasonAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var french = options.Value.Language == "fr";
        var renewal = subscription.RenewalDealId is { } id
            ? await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == new DealId(id), cancellationToken)
            : null;
        if (renewal is { Status: DealStatus.Lost, LostReasonId: { } reasonId })
        {
            var reason = await db.LostReasons.Where(r => r.Id == reasonId).Select(r => r.Name).FirstAsync(cancellationToken);
            return renewal.LostNote is { } note ? $"{reason} — {note}" : reason;
        }

        return french
            ? $"Non renouvelé à l'échéance du {subscription.EndDate:dd/MM/yyyy}"
            : $"Not renewed by its end on {subscription.EndDate:yyyy-MM-dd}";
    }
}
