using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.TickOnboardingTask;

internal static class TickOnboardingTaskEndpoint
{
    public sealed record Request(bool Done);

    public static void Map(RouteGroupBuilder deals) =>
        deals.MapPut("/{id:guid}/onboarding/tasks/{index:int}", Handle)
            .WithName("TickOnboardingTask")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Marks an onboarding task (by its index) done or not done. Requires If-Match with the onboarding's ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<OnboardingChecklistResponse>, ProblemHttpResult>> Handle(
        Guid id, int index, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new TickOnboardingTask(id, index, request.Done, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
