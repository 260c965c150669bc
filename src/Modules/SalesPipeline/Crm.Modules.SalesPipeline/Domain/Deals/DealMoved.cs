using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>A deal entered another stage (of its pipeline, or of another one).</summary>
internal sealed record DealMoved(DealId DealId, PipelineId PipelineId, StageId FromStageId, StageId ToStageId, Guid? MovedBy, DateTimeOffset OccurredAtUtc) : IDomainEvent;
