using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListDealCustomFields;

internal static class ListDealCustomFieldsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListDealCustomFields")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Lists the custom fields of deals in form order; ?includeRetired=true adds the retired ones.");

    private static async Task<Ok<IReadOnlyList<CustomFieldResponse>>> Handle(ISender sender, CancellationToken cancellationToken, bool includeRetired = false) =>
        TypedResults.Ok(await sender.Send(new ListDealCustomFields(includeRetired), cancellationToken));
}
