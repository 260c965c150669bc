using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.SellerSettings;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ChangeSellerProfile;

internal static class ChangeSellerProfileEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/", Handle)
            .WithName("ChangeSellerProfile")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Sets the company's legal mentions printed on quotes (SIREN, SIRET and VAT number checked). Requires If-Match (\"0\" the first time).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<SellerProfileResponse>, ProblemHttpResult>> Handle(
        SellerProfileRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new ChangeSellerProfile(request, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
