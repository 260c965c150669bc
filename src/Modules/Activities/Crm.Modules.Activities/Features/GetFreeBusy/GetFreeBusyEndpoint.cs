using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.GetFreeBusy;

internal static class GetFreeBusyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/free-busy", Handle)
            .WithName("GetFreeBusy")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("When each of userIds is busy between two instants (from, to): merged intervals of their timed appointments not declined, in UTC; exceptAppointmentId leaves out the appointment being moved.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<IReadOnlyList<UserBusyTime>>, ProblemHttpResult>> Handle(
        [FromQuery] Guid[] userIds, DateTimeOffset from, DateTimeOffset to, Guid? exceptAppointmentId, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetFreeBusy(userIds, from, to, exceptAppointmentId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
