using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal sealed record ContactDeleted(ContactId ContactId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
