using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetPipeline;

internal static class GetPipelineEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .WithName("GetPipeline")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Reads a pipeline and its stages, with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PipelineResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPipeline(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
