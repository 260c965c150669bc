using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>What a user writes on a deal changed: <see cref="ChangedFields"/> names the fields (camelCase, as in the API).</summary>
public sealed record DealUpdatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    IReadOnlyList<string> ChangedFields) : IIntegrationEvent;
