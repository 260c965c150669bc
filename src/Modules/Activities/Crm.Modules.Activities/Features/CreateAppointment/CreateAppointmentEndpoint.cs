using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.CreateAppointment;

internal static class CreateAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateAppointment")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Schedules an appointment you organise: wall-clock start and end in timeZone (yours by default) or allDay with startDate and endDate, an optional RRULE, colleagues (userIds) and contacts (contactIds) invited. conflicts lists attendees' overlapping appointments.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<AppointmentResponse>, ProblemHttpResult>> Handle(
        AppointmentRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateAppointment(request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/appointments/{result.Value.Id}", result.Value);
    }
}
