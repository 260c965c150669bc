using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListOnboardingTemplates;

internal static class ListOnboardingTemplatesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new ListOnboardingTemplates(), cancellationToken)))
            .WithName("ListOnboardingTemplates")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The onboarding templates a pipeline can start when one of its deals is won.");
}
