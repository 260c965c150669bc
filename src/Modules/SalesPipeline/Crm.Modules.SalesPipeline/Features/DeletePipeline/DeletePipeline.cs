using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.DeletePipeline;

/// <summary>Deletes a pipeline that holds no deal; the last pipeline stays.</summary>
internal sealed record DeletePipeline(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeletePipelineHandler(SalesDbContext db) : ICommandHandler<DeletePipeline, Result>
{
    public async ValueTask<Result> Handle(DeletePipeline command, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.FirstOrDefaultAsync(p => p.Id == new PipelineId(command.Id), cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(pipeline.Version);
        if (!current.IsSuccess)
        {
            return current;
        }

        if (await db.Deals.AnyAsync(d => d.PipelineId == pipeline.Id, cancellationToken))
        {
            return Error.Conflict("pipeline.in_use", $"\"{pipeline.Name}\" holds deals: move them to another pipeline before deleting it.");
        }

        if (!await db.Pipelines.AnyAsync(p => p.Id != pipeline.Id, cancellationToken))
        {
            return Error.Conflict("pipeline.last", "This is the only pipeline: deals need one. Create another before deleting it.");
        }

        db.Pipelines.Remove(pipeline);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
