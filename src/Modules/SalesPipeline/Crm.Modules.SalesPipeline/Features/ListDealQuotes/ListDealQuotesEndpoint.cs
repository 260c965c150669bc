using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListDealQuotes;

internal static class ListDealQuotesEndpoint
{
    public static void Map(RouteGroupBuilder deals) =>
        deals.MapGet("/{id:guid}/quotes", Handle)
            .WithName("ListDealQuotes")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("A deal's quotes and their revisions, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<IReadOnlyList<QuoteResponse>>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListDealQuotes(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
