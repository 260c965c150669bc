using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListCandidateGroups;

internal static class ListCandidateGroupsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/groups", Handle)
            .WithName("ListCandidateGroups")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("The groups of likely duplicates the latest completed scan found, best score first, with the contacts of each you can see (a group with fewer than two is left out; merged contacts leave their group). ?limit= (default 50, at most 200), ?cursor= from nextCursor. 409 while the scan runs; 404 once a later scan replaced it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<Page<CandidateGroupResponse>>, ProblemHttpResult>> Handle(
        Guid id, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCandidateGroups(id, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
