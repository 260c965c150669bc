using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.CreatePipeline;

/// <summary>Adds a pipeline after the others.</summary>
internal sealed record CreatePipeline(PipelineRequest Request) : ICommand<Result<PipelineResponse>>;

internal sealed class CreatePipelineHandler(SalesDbContext db, PipelineRoles roles, TimeProvider time) : ICommandHandler<CreatePipeline, Result<PipelineResponse>>
{
    public async ValueTask<Result<PipelineResponse>> Handle(CreatePipeline command, CancellationToken cancellationToken)
    {
        var last = await db.Pipelines.MaxAsync(p => (int?)p.Position, cancellationToken);
        var pipeline = Pipeline.Create(command.Request.Name, (last ?? -1) + 1, command.Request.ToSpecs(), time.GetUtcNow());
        if (!pipeline.IsSuccess)
        {
            return pipeline.Error!;
        }

        var roled = await roles.ApplyAsync(pipeline.Value, command.Request, cancellationToken);
        if (!roled.IsSuccess)
        {
            return roled.Error!;
        }

        db.Pipelines.Add(pipeline.Value);
        await db.SaveChangesAsync(cancellationToken);
        return PipelineResponse.From(pipeline.Value);
    }
}
