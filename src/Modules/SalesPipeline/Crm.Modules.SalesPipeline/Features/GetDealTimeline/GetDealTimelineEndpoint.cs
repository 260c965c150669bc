using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetDealTimeline;

internal static class GetDealTimelineEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/timeline", Handle)
            .WithName("GetDealTimeline")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("A deal's timeline, newest first, a keyset page at a time: created, stages entered, won or lost, its quotes made, sent, emailed, accepted, declined or expired, its orders and onboarding.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<DealTimelineEntry>>, ProblemHttpResult>> Handle(
        Guid id, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetDealTimeline(id, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
