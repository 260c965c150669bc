using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Subscriptions;

internal sealed record SubscriptionStarted(Guid SubscriptionId, Guid DealId, Guid? CompanyId, string Currency, decimal Mrr, DateOnly StartDate, DateOnly EndDate, Guid? RenewedFromId, DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record SubscriptionRenewed(Guid SubscriptionId, Guid NextSubscriptionId, DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record SubscriptionChurned(Guid SubscriptionId, Guid? CompanyId, string Currency, decimal Mrr, DateOnly EndDate, string Reason, DateTimeOffset OccurredAtUtc) : IDomainEvent;
