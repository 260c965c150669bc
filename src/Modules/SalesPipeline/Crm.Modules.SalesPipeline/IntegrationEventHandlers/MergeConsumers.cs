using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.IntegrationEventHandlers;

/// <summary>
/// Deals follow merged contacts: a merged contact's place on a deal goes to the contact kept (once: when the kept
/// contact is already on the deal, the merged one's row goes).
/// </summary>
internal sealed class ContactsMergedConsumer(SalesDbContext db, TimeProvider time) : IdempotentConsumer<ContactsMergedIntegrationEvent, SalesDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactsMergedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var sources = message.SourceIds.ToList();
        var deals = await Context.Deals.Where(d => d.Contacts.Any(c => sources.Contains(c.ContactId))).ToListAsync(cancellationToken);
        foreach (var deal in deals)
        {
            deal.RepointContacts(sources, message.TargetId, message.OccurredAtUtc);
        }
    }
}

/// <summary>Deals and subscriptions follow merged companies to the company kept.</summary>
internal sealed class CompaniesMergedConsumer(SalesDbContext db, TimeProvider time) : IdempotentConsumer<CompaniesMergedIntegrationEvent, SalesDbContext>(db, time)
{
    protected override async Task HandleAsync(CompaniesMergedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var sources = message.SourceIds.Cast<Guid?>().ToList();
        await Context.Deals.Where(d => sources.Contains(d.CompanyId))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.CompanyId, message.TargetId), cancellationToken);
        await Context.Subscriptions.Where(s => sources.Contains(s.CompanyId))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CompanyId, message.TargetId), cancellationToken);
    }
}
