using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.CountUnreadNotifications;

internal static class CountUnreadNotificationsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/unread-count", Handle)
            .WithName("CountUnreadNotifications")
            .RequireAuthorization()
            .WithSummary("How many of your notifications are unread.");

    private static async Task<Ok<UnreadCountResponse>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CountUnreadNotifications(), cancellationToken));
}
