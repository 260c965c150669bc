using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealDeleted(DealId DealId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
