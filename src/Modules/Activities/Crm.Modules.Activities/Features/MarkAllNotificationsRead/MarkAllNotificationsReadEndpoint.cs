using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.MarkAllNotificationsRead;

internal static class MarkAllNotificationsReadEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/read-all", Handle)
            .WithName("MarkAllNotificationsRead")
            .RequireAuthorization()
            .WithSummary("Marks all your unread notifications read; answers how many.");

    private static async Task<Ok<MarkedReadResponse>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new MarkAllNotificationsRead(), cancellationToken));
}
