using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A subscription ended without renewal on <see cref="EndDate"/>, for <see cref="Reason"/>: reporting counts it as churn.</summary>
public sealed record SubscriptionChurnedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid SubscriptionId,
    Guid? CompanyId,
    string Currency,
    decimal Mrr,
    DateOnly EndDate,
    string Reason) : IIntegrationEvent;
