using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Board;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetBoard;

internal static class GetBoardEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/board", Handle)
            .WithName("GetBoard")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("A pipeline's board: per stage, the count, the sums (and weighted sums) per currency and the first cards (limit per column, 20 by default). Filters: ownerId or teamId (with its sub-teams), closeFrom, closeTo, and filter=cf.<deal field key>:operator:value (repeatable; as the contacts list's filters).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<BoardResponse>, ProblemHttpResult>> Handle(
        Guid id, Guid? ownerId, Guid? teamId, DateOnly? closeFrom, DateOnly? closeTo, string[]? filter, int? limit, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetBoard(id, new BoardFilter(ownerId, teamId, closeFrom, closeTo, filter), limit), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
