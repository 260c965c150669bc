using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListDuplicates;

internal static class ListDuplicatesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListDuplicates")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Groups of contacts you can see that are likely the same person: the same primary email (score 1), the same primary phone number (0.9), the same first and last name (0.7); by reason then key, ?limit= (default 50, at most 200), ?cursor= from nextCursor. Merge a group with POST /api/v1/contacts/{id}/merge.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<DuplicateGroup>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListDuplicates(limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
