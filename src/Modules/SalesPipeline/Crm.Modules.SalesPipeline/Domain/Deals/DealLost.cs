using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealLost(DealId DealId, string Name, Guid LostReasonId, Guid? CompanyId, IReadOnlyList<Guid> ContactIds, Guid LostBy, DateTimeOffset OccurredAtUtc) : IDomainEvent;
