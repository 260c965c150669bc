using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.CreateQuote;

internal static class CreateQuoteEndpoint
{
    public static void Map(RouteGroupBuilder deals) =>
        deals.MapPost("/{id:guid}/quotes", Handle)
            .WithName("CreateQuote")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Drafts a quote on a deal, numbered DEV-year-00001 in the year's gapless sequence. Product lines take the product's name, price and VAT rate unless given.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Created<QuoteResponse>, ProblemHttpResult>> Handle(
        Guid id, QuoteRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateQuote(id, request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/quotes/{result.Value.Id}", result.Value);
    }
}
