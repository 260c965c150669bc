using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.ListAppointments;

internal static class ListAppointmentsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListAppointments")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("The next occurrences (from an instant, now by default) of the scheduled appointments you see about a record (relatedType and relatedId) and/or a contact (contactId: attending or about them), soonest first, limit (10, at most 50), times in your zone.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<UpcomingAppointmentsResponse>, ProblemHttpResult>> Handle(
        string? relatedType, Guid? relatedId, Guid? contactId, DateTimeOffset? from, int? limit, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAppointments(relatedType, relatedId, contactId, from, limit), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
