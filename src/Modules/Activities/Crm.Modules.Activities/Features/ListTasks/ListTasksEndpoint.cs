using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.ListTasks;

internal static class ListTasksEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListTasks")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Lists the tasks you can see, newest first, a keyset page at a time. Filters: assigneeId or mine=true, status, relatedType with relatedId, dueBefore (a day: due on an earlier day or before its midnight UTC).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<TaskResponse>>, ProblemHttpResult>> Handle(
        Guid? assigneeId, bool? mine, TaskState? status, string? relatedType, Guid? relatedId, DateOnly? dueBefore, int? limit, string? cursor,
        ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = new ListTasksFilter(assigneeId, mine ?? false, status, relatedType, relatedId, dueBefore);
        var result = await sender.Send(new ListTasks(filter, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
