using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Reporting.ContactsCreated;

/// <summary>Counts the contacts a batch of an import created on the batch's UTC day, as <see cref="ContactCreatedConsumer"/> counts one.</summary>
internal sealed class ContactsImportedConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ContactsImportedIntegrationEvent, ReportingDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactsImportedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(message.OccurredAtUtc.UtcDateTime);
        var count = message.ContactIds.Count;
        var incremented = await Context.DailyContactsCreated
            .Where(d => d.Day == day)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Count, d => d.Count + count), cancellationToken);
        if (incremented == 0)
        {
            Context.DailyContactsCreated.Add(DailyContactsCreated.FirstOfDay(day, count));
        }
    }
}
