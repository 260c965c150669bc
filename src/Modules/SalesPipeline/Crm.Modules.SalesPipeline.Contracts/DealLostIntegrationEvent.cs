using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was lost, for one of the lost reasons.</summary>
public sealed record DealLostIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    string Name,
    Guid LostReasonId,
    Guid LostBy) : IIntegrationEvent;
