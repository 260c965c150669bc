using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealWon(DealId DealId, string Name, Guid OwnerId, Money? Amount, Guid? CompanyId, IReadOnlyList<Guid> ContactIds, Guid WonBy, DateTimeOffset OccurredAtUtc) : IDomainEvent;
