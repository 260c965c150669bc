using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListPipelines;

/// <summary>Every pipeline with its stages, in the administrators' order.</summary>
internal sealed record ListPipelines : IQuery<IReadOnlyList<PipelineResponse>>;

internal sealed class ListPipelinesHandler(SalesDbContext db) : IQueryHandler<ListPipelines, IReadOnlyList<PipelineResponse>>
{
    public async ValueTask<IReadOnlyList<PipelineResponse>> Handle(ListPipelines query, CancellationToken cancellationToken)
    {
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. pipelines.Select(PipelineResponse.From)];
    }
}
