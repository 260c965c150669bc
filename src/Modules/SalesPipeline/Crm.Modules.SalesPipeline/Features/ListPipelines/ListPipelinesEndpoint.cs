using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListPipelines;

internal static class ListPipelinesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPipelines(), cancellationToken)))
            .WithName("ListPipelines")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Lists the pipelines with their stages: open stages in order, then the won and the lost stage.");
}
