using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.CompleteTasks;

internal static class CompleteTasksEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/complete", Handle)
            .WithName("CompleteTasks")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Marks several open tasks done (items: id and the version you saw, 200 at most). Each is completed on its own: failed lists those not done and why (task.not_found, task.not_open, version.stale).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<CompleteTasksResponse>, ProblemHttpResult>> Handle(
        CompleteTasksRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CompleteTasks(request.Items), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}

internal sealed record CompleteTasksRequest(IReadOnlyList<TaskAtVersion>? Items);
