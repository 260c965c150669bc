using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.SellerSettings;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetSellerProfile;

internal static class GetSellerProfileEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("GetSellerProfile")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The company's legal mentions printed on quotes (isSetUp false until an administrator gives them), with its ETag.");

    private static async Task<Ok<SellerProfileResponse>> Handle(ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetSellerProfile(), cancellationToken);
        http.Response.SetETag(profile.Version);
        return TypedResults.Ok(profile);
    }
}
