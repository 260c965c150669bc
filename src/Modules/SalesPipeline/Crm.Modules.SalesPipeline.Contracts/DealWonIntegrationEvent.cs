using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was won: onboarding, orders and subscriptions start from here. The amount is in <see cref="Currency"/>, null when the deal had none.</summary>
public sealed record DealWonIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    string Name,
    Guid OwnerId,
    decimal? Amount,
    string? Currency,
    Guid? CompanyId,
    IReadOnlyList<Guid> ContactIds,
    Guid WonBy) : IIntegrationEvent;
