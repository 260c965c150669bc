using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.UpdatePipeline;

internal static class UpdatePipelineEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("UpdatePipeline")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Renames a pipeline and redefines its stages (send each kept stage's id). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<PipelineResponse>, ProblemHttpResult>> Handle(
        Guid id, PipelineRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new UpdatePipeline(id, request, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
