using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.CreateTask;

internal static class CreateTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateTask")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Creates a task for an active user (you when assigneeId is not given), due on a day (dueDate) or at a time (dueAtUtc), optionally about a record (relatedType contact|company|deal|ticket and relatedId), with up to 5 reminders (local date-times in the assignee's time zone; one already past fires at once, unless more than 30 days past), a checklist of up to 50 items and a recurrence (an RFC 5545 rule such as FREQ=WEEKLY;BYDAY=MO: once done, the task comes back at its next due).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<TaskResponse>, ProblemHttpResult>> Handle(
        TaskRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new CreateTask(request.Title, request.Description, request.DueDate, request.DueAtUtc, request.Priority, request.AssigneeId, request.RelatedType, request.RelatedId, request.Reminders,
                request.Checklist, request.Recurrence),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/tasks/{result.Value.Id}", result.Value);
    }
}
