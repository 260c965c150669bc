using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was handed over to another user.</summary>
public sealed record DealOwnerChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    Guid PreviousOwnerId,
    Guid OwnerId) : IIntegrationEvent;
