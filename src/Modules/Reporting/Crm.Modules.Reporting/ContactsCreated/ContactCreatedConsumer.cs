using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Reporting.ContactsCreated;

internal sealed class ContactCreatedConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ContactCreatedIntegrationEvent, ReportingDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactCreatedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(message.OccurredAtUtc.UtcDateTime);
        var counter = await Context.DailyContactsCreated.FirstOrDefaultAsync(d => d.Day == day, cancellationToken);
        if (counter is null)
        {
            counter = DailyContactsCreated.StartCounting(day);
            Context.DailyContactsCreated.Add(counter);
        }

        counter.Increment();
    }
}
