using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A subscription term began (a first sale, or a renewal when <see cref="RenewedFromId"/> is set); MRR in <see cref="Currency"/>.</summary>
public sealed record SubscriptionStartedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid SubscriptionId,
    Guid DealId,
    Guid? CompanyId,
    string Currency,
    decimal Mrr,
    DateOnly StartDate,
    DateOnly EndDate,
    Guid? RenewedFromId) : IIntegrationEvent;
