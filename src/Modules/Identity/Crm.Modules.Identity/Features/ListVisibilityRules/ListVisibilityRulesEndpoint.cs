using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListVisibilityRules;

internal static class ListVisibilityRulesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListVisibilityRules")
            .WithSummary("Who sees the records of each type: own, team or all.")
            .RequirePermission(Permissions.AdminUsers);

    private static async Task<Ok<IReadOnlyList<VisibilityRuleResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListVisibilityRules(), cancellationToken));
}
