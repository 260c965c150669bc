using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal sealed record DealUpdated(DealId DealId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAtUtc) : IDomainEvent;
