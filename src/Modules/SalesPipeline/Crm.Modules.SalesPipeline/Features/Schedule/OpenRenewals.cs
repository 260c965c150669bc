using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>
/// A configured number of days before an active subscription ends, a renewal deal opens in the renewals pipeline: the
/// same owner, company and contacts, the annual amount, due on the end date.
/// </summary>
internal sealed class OpenRenewals(SalesDbContext db, RenewalsPipeline renewals, IOptions<SalesOptions> options)
{
    private const int Batch = 100;

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = DateOnly.FromDateTime(now.UtcDateTime).AddDays(options.Value.RenewalLeadDays);
        var opened = 0;
        List<Subscription> due;
        do
        {
            due = await db.Subscriptions
                .Where(s => s.Status == SubscriptionStatus.Active && s.RenewalDealId == null && s.EndDate <= horizon)
                .OrderBy(s => s.EndDate)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var subscription in due)
            {
                await OpenAsync(subscription, now, cancellationToken);
                opened++;
            }
        }
        while (due.Count == Batch);

        return opened;
    }

    private async Task OpenAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pipeline = await renewals.FindOrCreateAsync(cancellationToken);
        var sold = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == new DealId(subscription.DealId), cancellationToken);
        var french = options.Value.Language == "fr";
        var name = french ? $"Renouvellement : {subscription.Name}" : $"Renewal: {subscription.Name}";
        var details = new DealDetails(
            name.Length > Deal.NameMaxLength ? name[..Deal.NameMaxLength] : name,
            Money.Create(subscription.Arr, subscription.Currency).Value,
            subscription.EndDate,
            subscription.CompanyId,
            sold?.Contacts.Select(c => (c.ContactId, c.Role)).ToList() ?? [],
            french ? "Renouvellement" : "Renewal",
            null,
            ForecastCategory.Pipeline,
            sold?.CustomFields);
        var deal = Deal.Create(details, subscription.OwnerId, pipeline, pipeline.FirstOpenStage, null, now).Value;
        db.Deals.Add(deal);
        subscription.OpenRenewal(deal.Id.Value);
        await db.SaveChangesAsync(cancellationToken);
    }
}
