using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was opened.</summary>
public sealed record DealCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    string Name,
    Guid OwnerId,
    Guid PipelineId,
    Guid StageId,
    Guid? CompanyId,
    IReadOnlyList<Guid> ContactIds) : IIntegrationEvent;
