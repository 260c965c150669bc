using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.CreateDeal;

/// <summary>
/// Opens a deal: in the pipeline given (else the first one) and the stage given (else its first stage), owned by the
/// owner given (else the caller).
/// </summary>
internal sealed record CreateDeal(DealRequest Request) : ICommand<Result<DealResponse>>;

internal sealed class CreateDealHandler(
    SalesDbContext db, DealRelations relations, DealCustomFieldValues customFields, DealReader reader, ICurrentUser currentUser, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<CreateDeal, Result<DealResponse>>
{
    public async ValueTask<Result<DealResponse>> Handle(CreateDeal command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var details = request.ToDetails(options.Value.DefaultCurrency);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var values = await customFields.ApplyAsync(null, request.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var pipeline = request.PipelineId is { } pipelineId
            ? await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PipelineId(pipelineId), cancellationToken)
            : await db.Pipelines.AsNoTracking().OrderBy(p => p.Position).FirstOrDefaultAsync(cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(request.PipelineId ?? Guid.Empty);
        }

        var stage = request.StageId is { } stageId ? pipeline.StageOf(new StageId(stageId)) : pipeline.FirstOpenStage;
        if (stage is null)
        {
            return Error.Validation("deal.stage_not_in_pipeline", $"The stage {request.StageId} is not a stage of the pipeline \"{pipeline.Name}\".");
        }

        var ownerId = request.OwnerId ?? currentUser.Id;
        var related = await relations.CheckAsync(details.Value, ownerId, null, cancellationToken);
        if (!related.IsSuccess)
        {
            return related.Error!;
        }

        var deal = Deal.Create(details.Value with { CustomFields = values.Value }, ownerId, pipeline, stage, currentUser.Id, time.GetUtcNow());
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        db.Deals.Add(deal.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(deal.Value, cancellationToken);
    }
}
