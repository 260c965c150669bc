using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Reporting.ContactsCreated;

/// <summary>
/// Counts a created contact on its UTC day. The increment is one atomic UPDATE, so a burst of events for the
/// same day queues on the row instead of failing; only the day's first insert can collide, and a retry settles it.
/// </summary>
internal sealed class ContactCreatedConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ContactCreatedIntegrationEvent, ReportingDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactCreatedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(message.OccurredAtUtc.UtcDateTime);
        var incremented = await Context.DailyContactsCreated
            .Where(d => d.Day == day)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Count, d => d.Count + 1), cancellationToken);
        if (incremented == 0)
        {
            Context.DailyContactsCreated.Add(DailyContactsCreated.FirstOfDay(day));
        }
    }
}
