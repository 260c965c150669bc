using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal sealed record ContactOwnerChanged(ContactId ContactId, Guid PreviousOwnerId, Guid OwnerId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
