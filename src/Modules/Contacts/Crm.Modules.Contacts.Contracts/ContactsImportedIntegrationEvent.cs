using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>
/// A batch of an import created these contacts, owned by <see cref="OwnerId"/> (one event per batch of thousands, in
/// place of one <see cref="ContactCreatedIntegrationEvent"/> each). Contacts the import updated are told about one by one.
/// </summary>
public sealed record ContactsImportedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ImportId,
    Guid OwnerId,
    IReadOnlyList<Guid> ContactIds) : IIntegrationEvent;
