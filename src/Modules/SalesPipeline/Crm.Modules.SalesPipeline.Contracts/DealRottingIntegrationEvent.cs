using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>A deal has waited in its stage longer than the stage allows: its owner should follow it up (a task, for the activities module).</summary>
public sealed record DealRottingIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid DealId,
    Guid OwnerId,
    string Name,
    string StageName,
    int IdleDays) : IIntegrationEvent;
