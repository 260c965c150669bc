using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>These contacts were deleted together (reverting an import deletes the contacts it created, batch by batch).</summary>
public sealed record ContactsDeletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    IReadOnlyList<Guid> ContactIds) : IIntegrationEvent;
