using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A contact was created. Carries no personal data: consumers that need more ask the Contacts module.</summary>
public sealed record ContactCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ContactId) : IIntegrationEvent
{
    /// <summary>The user responsible for the contact (empty in events written before owners were carried).</summary>
    public Guid OwnerId { get; init; }
}
