using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>A deal's stay in one stage: the stage history shows these, newest first.</summary>
internal sealed class StageVisit
{
    private StageVisit(Guid id, DealId dealId, StageId stageId, string stageName, Guid? movedBy, DateTimeOffset enteredAtUtc)
    {
        Id = id;
        DealId = dealId;
        StageId = stageId;
        StageName = stageName;
        MovedBy = movedBy;
        EnteredAtUtc = enteredAtUtc;
    }

    public Guid Id { get; private init; }

    public DealId DealId { get; private init; }

    public StageId StageId { get; private init; }

    /// <summary>The stage's name when entered, so the history reads the same after a stage is renamed or removed.</summary>
    public string StageName { get; private init; }

    /// <summary>Who moved the deal in; null when the system did.</summary>
    public Guid? MovedBy { get; private init; }

    public DateTimeOffset EnteredAtUtc { get; private init; }

    public DateTimeOffset? ExitedAtUtc { get; private set; }

    internal static StageVisit Enter(DealId dealId, Stage stage, Guid? movedBy, DateTimeOffset now) =>
        new(TypedId.NewValue(), dealId, stage.Id, stage.Name, movedBy, now);

    internal void Exit(DateTimeOffset now) => ExitedAtUtc = now;
}
