using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A contact was created. Carries no personal data: consumers that need more ask the Contacts module.</summary>
public sealed record ContactCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ContactId) : IIntegrationEvent;
