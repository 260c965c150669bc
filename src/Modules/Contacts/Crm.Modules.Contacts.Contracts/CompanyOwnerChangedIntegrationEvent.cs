using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company was handed over to another user.</summary>
public sealed record CompanyOwnerChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid CompanyId,
    Guid PreviousOwnerId,
    Guid OwnerId) : IIntegrationEvent;
