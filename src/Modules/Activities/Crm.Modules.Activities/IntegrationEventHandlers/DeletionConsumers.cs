using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>
/// What the module holds about a deleted contact, company or deal: tasks and appointments about it are kept but no
/// longer point at it, a contact leaves the appointments it was invited to, and a logged call or visit about nobody
/// else is deleted with it (its notes are about that person).
/// </summary>
internal static class DeletedRecords
{
    public static async Task ForgetAsync(ActivitiesDbContext db, string recordType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var related = ids.Cast<Guid?>().ToList();
        await db.Tasks.Where(t => t.RelatedType == recordType && related.Contains(t.RelatedId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RelatedType, (string?)null).SetProperty(t => t.RelatedId, (Guid?)null), cancellationToken);

        var interactions = recordType switch
        {
            "contact" => db.Interactions.Where(i => i.Contacts.Any(c => ids.Contains(c.ContactId))),
            "company" => db.Interactions.Where(i => related.Contains(i.CompanyId)),
            _ => db.Interactions.Where(i => related.Contains(i.DealId)),
        };
        foreach (var interaction in await interactions.ToListAsync(cancellationToken))
        {
            var stillLinked = true;
            foreach (var id in ids)
            {
                stillLinked = interaction.Forget(recordType, id);
            }

            if (!stillLinked)
            {
                db.Interactions.Remove(interaction);
            }
        }

        var appointments = await db.Appointments.Include(a => a.Attendees)
            .Where(a => (a.RelatedType == recordType && related.Contains(a.RelatedId))
                || (recordType == "contact" && a.Attendees.Any(t => t.Kind == AttendeeKind.Contact && ids.Contains(t.AttendeeId))))
            .ToListAsync(cancellationToken);
        foreach (var appointment in appointments)
        {
            foreach (var id in ids)
            {
                appointment.Forget(recordType, id);
            }
        }
    }
}

internal sealed class ContactDeletedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<ContactDeletedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override Task HandleAsync(ContactDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        DeletedRecords.ForgetAsync(Context, "contact", [message.ContactId], cancellationToken);
}

internal sealed class ContactsDeletedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<ContactsDeletedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override Task HandleAsync(ContactsDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        DeletedRecords.ForgetAsync(Context, "contact", message.ContactIds, cancellationToken);
}

internal sealed class CompanyDeletedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<CompanyDeletedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override Task HandleAsync(CompanyDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        DeletedRecords.ForgetAsync(Context, "company", [message.CompanyId], cancellationToken);
}

internal sealed class DealDeletedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<DealDeletedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override Task HandleAsync(DealDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        DeletedRecords.ForgetAsync(Context, "deal", [message.DealId], cancellationToken);
}
