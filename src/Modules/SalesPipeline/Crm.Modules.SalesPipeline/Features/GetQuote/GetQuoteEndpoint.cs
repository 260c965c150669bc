using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetQuote;

internal static class GetQuoteEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .WithName("GetQuote")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Reads a quote with its lines and totals per VAT rate, with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetQuote(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
