using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.AnswerAppointment;

internal static class AnswerAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/answer", Handle)
            .WithName("AnswerAppointment")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Records your answer to an invitation (Accepted, Tentative, Declined), or with contactId a contact's answer as the organiser heard it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> Handle(
        Guid id, AnswerRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AnswerAppointment(id, request.Response, request.ContactId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}

internal sealed record AnswerRequest(AttendeeResponse Response, Guid? ContactId);
