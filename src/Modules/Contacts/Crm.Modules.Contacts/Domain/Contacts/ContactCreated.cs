using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal sealed record ContactCreated(ContactId ContactId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
