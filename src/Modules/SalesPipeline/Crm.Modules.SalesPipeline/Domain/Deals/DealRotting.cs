using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealRotting(DealId DealId, Guid OwnerId, string Name, string StageName, int IdleDays, DateTimeOffset OccurredAtUtc) : IDomainEvent;
