using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetDealOnboarding;

internal static class GetDealOnboardingEndpoint
{
    public static void Map(RouteGroupBuilder deals) =>
        deals.MapGet("/{id:guid}/onboarding", Handle)
            .WithName("GetDealOnboarding")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("A won deal's onboarding tasks, with the ETag to tick them.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<OnboardingChecklistResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetDealOnboarding(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
