using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A contact was deleted: other modules drop or detach what they hold about it.</summary>
public sealed record ContactDeletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ContactId) : IIntegrationEvent;
