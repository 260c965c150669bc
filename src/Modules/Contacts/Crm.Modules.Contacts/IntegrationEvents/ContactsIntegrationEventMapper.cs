using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.IntegrationEvents;

internal sealed class ContactsIntegrationEventMapper : IIntegrationEventMapper<ContactsDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        if (domainEvent is ContactCreated created)
        {
            yield return new ContactCreatedIntegrationEvent(TypedId.NewValue(), created.OccurredAtUtc, created.ContactId.Value);
        }
    }
}
