using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Board;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetBoardColumn;

internal static class GetBoardColumnEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/board/{stageId:guid}", Handle)
            .WithName("GetBoardColumn")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The next cards of one board column: pass the column's nextCursor, and the board's filters.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<DealCard>>, ProblemHttpResult>> Handle(
        Guid id, Guid stageId, Guid? ownerId, Guid? teamId, DateOnly? closeFrom, DateOnly? closeTo, string[]? filter, int? limit, string? cursor,
        ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetBoardColumn(id, stageId, new BoardFilter(ownerId, teamId, closeFrom, closeTo, filter), limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
