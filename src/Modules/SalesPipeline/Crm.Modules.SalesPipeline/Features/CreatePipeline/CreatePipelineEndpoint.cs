using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.CreatePipeline;

internal static class CreatePipelineEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreatePipeline")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Creates a pipeline: open stages in order, one won and one lost stage.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Created<PipelineResponse>, ProblemHttpResult>> Handle(
        PipelineRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreatePipeline(request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/pipelines/{result.Value.Id}", result.Value);
    }
}
