using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.MoveDeal;

/// <summary>
/// Moves a deal into a stage (of its pipeline or another): the won stage wins it, the lost stage loses it for a lost
/// reason, an open stage reopens it. The stage's required fields must hold a value.
/// </summary>
internal sealed record MoveDeal(Guid Id, Guid StageId, Guid? LostReasonId, string? LostNote, VersionPrecondition Precondition)
    : ICommand<Result<DealResponse>>;

internal sealed class MoveDealHandler(SalesDbContext db, VisibleDealLoader deals, DealReader reader, AfterWin afterWin, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<MoveDeal, Result<DealResponse>>
{
    public async ValueTask<Result<DealResponse>> Handle(MoveDeal command, CancellationToken cancellationToken)
    {
        var loaded = await deals.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var deal = loaded.Value;
        var current = command.Precondition.Check(deal.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var stageId = new StageId(command.StageId);
        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => EF.Property<List<Stage>>(p, "_stages").Any(s => s.Id == stageId), cancellationToken);
        if (pipeline?.StageOf(stageId) is not { } stage)
        {
            return PipelineErrors.StageNotFound(command.StageId);
        }

        LostReason? lostReason = null;
        if (command.LostReasonId is { } reasonId)
        {
            lostReason = await db.LostReasons.AsNoTracking().FirstOrDefaultAsync(r => r.Id == new LostReasonId(reasonId), cancellationToken);
            if (lostReason is null)
            {
                return Error.Validation("deal.lost_reason_unknown", $"No lost reason has the id {reasonId}.");
            }
        }

        var now = time.GetUtcNow();
        var moved = deal.MoveTo(pipeline, stage, currentUser.Id, now, lostReason, command.LostNote);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        if (deal.Status == DealStatus.Won)
        {
            await afterWin.StartOnboardingAsync(deal, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(deal, pipeline, cancellationToken);
    }
}
