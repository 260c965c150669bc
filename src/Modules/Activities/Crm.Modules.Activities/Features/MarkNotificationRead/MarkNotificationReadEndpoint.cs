using Crm.Modules.Activities.Features.Notifications;
using Crm.Shared.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.MarkNotificationRead;

internal static class MarkNotificationReadEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/read", Handle)
            .WithName("MarkNotificationRead")
            .RequireAuthorization()
            .WithSummary("Marks one of your notifications read.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new MarkNotificationRead(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
