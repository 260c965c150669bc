using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListDeals;

internal static class ListDealsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListDeals")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Lists the deals you can see, newest first, a keyset page at a time. Filters: companyId, contactId, pipelineId, ownerId, status.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<DealListItem>>, ProblemHttpResult>> Handle(
        Guid? companyId, Guid? contactId, Guid? pipelineId, Guid? ownerId, DealStatus? status, int? limit, string? cursor,
        ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListDeals(new ListDealsFilter(companyId, contactId, pipelineId, ownerId, status), limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
