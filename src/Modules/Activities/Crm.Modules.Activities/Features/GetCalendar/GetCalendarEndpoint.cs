using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.GetCalendar;

internal static class GetCalendarEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("GetCalendar")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Appointments from a day to another (excluded) in your time zone (or timeZone), recurrences expanded, for you, some colleagues (userIds) and/or a team (teamId). Appointments you may not see show as private busy time.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<CalendarResponse>, ProblemHttpResult>> Handle(
        DateOnly from, DateOnly to, [FromQuery] Guid[]? userIds, Guid? teamId, string? timeZone, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCalendar(from, to, userIds, teamId, timeZone), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
