using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListLostReasons;

internal static class ListLostReasonsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListLostReasons(), cancellationToken)))
            .WithName("ListLostReasons")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Lists the reasons a deal can be lost for; retired ones (isActive false) come last.");
}
