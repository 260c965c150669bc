using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.LeaveOutOccurrence;

internal static class LeaveOutOccurrenceEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/occurrences/cancel", Handle)
            .WithName("CancelOccurrence")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Cancels one occurrence of a series, named by its wall-clock start in the series' time zone (occurrenceStart). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> Handle(
        Guid id, OccurrenceRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        if (request.OccurrenceStart is not { Kind: DateTimeKind.Unspecified } start)
        {
            return Error.Validation(
                "appointment.occurrence_start_required",
                "Give occurrenceStart, the occurrence's wall-clock start without offset (e.g. 2026-12-07T10:00), as the calendar lists it.").ToProblem(http);
        }

        var result = await sender.Send(new LeaveOutOccurrence(id, start, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}

internal sealed record OccurrenceRequest(DateTime? OccurrenceStart);
