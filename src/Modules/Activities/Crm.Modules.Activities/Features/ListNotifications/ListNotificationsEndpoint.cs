using Crm.Modules.Activities.Features.Notifications;
using Crm.Shared.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListNotifications")
            .RequireAuthorization()
            .WithSummary("Lists your notifications, newest first, a keyset page at a time (unread=true keeps the unread ones).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<NotificationResponse>>, ProblemHttpResult>> Handle(
        bool? unread, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListNotifications(unread ?? false, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
