using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.LostReasons;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.CreateLostReason;

internal static class CreateLostReasonEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateLostReason")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Adds a reason a deal can be lost for.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<LostReasonResponse>, ProblemHttpResult>> Handle(
        LostReasonRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateLostReason(request.Name), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/lost-reasons/{result.Value.Id}", result.Value);
    }
}
