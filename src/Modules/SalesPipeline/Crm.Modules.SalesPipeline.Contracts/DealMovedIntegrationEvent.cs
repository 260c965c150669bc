using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal entered another stage; <see cref="MovedBy"/> is null when the system moved it.</summary>
public sealed record DealMovedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    Guid PipelineId,
    Guid FromStageId,
    Guid ToStageId,
    Guid? MovedBy) : IIntegrationEvent;
