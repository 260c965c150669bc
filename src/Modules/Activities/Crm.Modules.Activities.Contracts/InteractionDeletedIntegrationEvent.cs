using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Contracts;

/// <summary>A logged call or visit was deleted; it was about the contacts, company and deal given.</summary>
public sealed record InteractionDeletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid InteractionId,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId) : IIntegrationEvent;
