using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Orders;

internal sealed record OrderPlaced(OrderId OrderId, Guid DealId, string Number, string Currency, decimal Net, decimal Gross, Guid PlacedBy, DateTimeOffset OccurredAtUtc) : IDomainEvent;
