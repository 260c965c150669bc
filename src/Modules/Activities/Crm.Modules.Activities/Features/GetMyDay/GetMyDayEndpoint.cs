using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.GetMyDay;

internal static class GetMyDayEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/my-day", Handle)
            .WithName("GetMyDay")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Your open tasks overdue and due today, today being the day in your time zone; 100 of each at most, soonest first.");

    private static async Task<Ok<MyDayResponse>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyDay(), cancellationToken));
}
