using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was deleted.</summary>
public sealed record DealDeletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId) : IIntegrationEvent;
