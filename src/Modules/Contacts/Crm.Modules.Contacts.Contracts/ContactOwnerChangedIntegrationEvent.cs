using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A contact was handed over to another user.</summary>
public sealed record ContactOwnerChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ContactId,
    Guid PreviousOwnerId,
    Guid OwnerId) : IIntegrationEvent;
