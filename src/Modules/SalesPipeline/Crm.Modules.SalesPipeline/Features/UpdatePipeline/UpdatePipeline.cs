using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.UpdatePipeline;

/// <summary>
/// Renames a pipeline and redefines its stages. Deals follow a changed probability; a stage holding deals may be
/// renamed or reordered but not removed.
/// </summary>
internal sealed record UpdatePipeline(Guid Id, PipelineRequest Request, VersionPrecondition Precondition) : ICommand<Result<PipelineResponse>>;

internal sealed class UpdatePipelineHandler(SalesDbContext db, PipelineRoles roles, TimeProvider time) : ICommandHandler<UpdatePipeline, Result<PipelineResponse>>
{
    public async ValueTask<Result<PipelineResponse>> Handle(UpdatePipeline command, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.FirstOrDefaultAsync(p => p.Id == new PipelineId(command.Id), cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(pipeline.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var probabilities = pipeline.Stages.ToDictionary(s => s.Id, s => s.Probability);
        var holdingDeals = await db.Deals.Where(d => d.PipelineId == pipeline.Id).Select(d => d.StageId).Distinct().ToListAsync(cancellationToken);
        var defined = pipeline.Define(command.Request.Name, command.Request.ToSpecs(), holdingDeals.ToHashSet(), time.GetUtcNow());
        if (!defined.IsSuccess)
        {
            return defined.Error!;
        }

        var roled = await roles.ApplyAsync(pipeline, command.Request, cancellationToken);
        if (!roled.IsSuccess)
        {
            return roled.Error!;
        }

        var changedProbabilities = pipeline.Stages.Where(s => probabilities.TryGetValue(s.Id, out var before) && before != s.Probability).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var stage in changedProbabilities)
        {
            await db.Deals.Where(d => d.StageId == stage.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Probability, stage.Probability), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PipelineResponse.From(pipeline);
    }
}
