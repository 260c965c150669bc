using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>A pipeline's name or stages were (re)defined; a change to its stages alone is still a new version.</summary>
internal sealed record PipelineDefined(PipelineId PipelineId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
