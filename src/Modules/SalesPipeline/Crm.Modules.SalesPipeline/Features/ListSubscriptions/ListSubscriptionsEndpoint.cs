using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListSubscriptions;

internal static class ListSubscriptionsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (Guid? dealId, Guid? companyId, SubscriptionStatus? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListSubscriptions(dealId, companyId, status), cancellationToken)))
            .WithName("ListSubscriptions")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Subscription terms (MRR, ARR, renewal date, status), the latest ending first: of a deal (its sale or its renewal), of a company, or all you can see (500 at most).");
}
