using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.UpdateTask;

internal static class UpdateTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("UpdateTask")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Rewrites a task (assigneeId not given keeps the assignee; status Cancelled cancels an open task; reminders and checklist not given are kept; recurrence not given makes it a one-off). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> Handle(
        Guid id, TaskRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(
            new UpdateTask(
                id, request.Title, request.Description, request.DueDate, request.DueAtUtc, request.Priority, request.AssigneeId, request.RelatedType, request.RelatedId,
                request.Status, precondition.Value, request.Reminders, request.Checklist, request.Recurrence),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
