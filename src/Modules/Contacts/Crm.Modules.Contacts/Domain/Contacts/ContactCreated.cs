using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal sealed record ContactCreated(ContactId ContactId, Guid OwnerId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
