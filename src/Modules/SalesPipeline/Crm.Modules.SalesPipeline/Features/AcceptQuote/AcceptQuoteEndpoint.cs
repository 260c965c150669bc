using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.AcceptQuote;

internal static class AcceptQuoteEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/accept", Handle)
            .WithName("AcceptQuote")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Records the customer's acceptance of a sent quote: an order is placed and the deal is won. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new AcceptQuote(id, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
