using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal sealed record ContactUpdated(ContactId ContactId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAtUtc) : IDomainEvent;
