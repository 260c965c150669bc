using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListCompanyContacts;

internal static class ListCompanyContactsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/contacts", Handle)
            .WithName("ListCompanyContacts")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Lists the contacts of a company that you may see, a page at a time: ?limit= (default 50, at most 200), ?cursor= from nextCursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<ContactResponse>>, ProblemHttpResult>> Handle(
        Guid id, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCompanyContacts(id, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
