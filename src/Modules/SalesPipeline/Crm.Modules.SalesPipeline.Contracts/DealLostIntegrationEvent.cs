using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal was lost, for one of the lost reasons.</summary>
public sealed record DealLostIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    string Name,
    Guid LostReasonId,
    Guid LostBy) : IIntegrationEvent
{
    /// <summary>The deal's company when it was lost (added after the first version: absent from older messages).</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>The deal's contacts when it was lost (added after the first version: empty in older messages).</summary>
    public IReadOnlyList<Guid> ContactIds { get; init; } = [];
}
