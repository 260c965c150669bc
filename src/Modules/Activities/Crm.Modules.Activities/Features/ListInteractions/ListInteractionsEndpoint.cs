using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.ListInteractions;

internal static class ListInteractionsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListInteractions")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Lists the calls and visit reports you can see, newest logged first, a keyset page at a time. Filters: contactId, companyId, dealId, kind, mine=true.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<InteractionResponse>>, ProblemHttpResult>> Handle(
        Guid? contactId, Guid? companyId, Guid? dealId, InteractionKind? kind, bool? mine, int? limit, string? cursor,
        ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = new ListInteractionsFilter(contactId, companyId, dealId, kind, mine ?? false);
        var result = await sender.Send(new ListInteractions(filter, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
