using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealOwnerChanged(DealId DealId, Guid PreviousOwnerId, Guid OwnerId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
