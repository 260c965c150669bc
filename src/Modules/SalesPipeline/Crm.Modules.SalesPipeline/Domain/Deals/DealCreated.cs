using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealCreated(DealId DealId, string Name, Guid OwnerId, PipelineId PipelineId, StageId StageId, Guid? CompanyId, IReadOnlyList<Guid> ContactIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
