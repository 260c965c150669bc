using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListCompanies;

internal static class ListCompaniesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListCompanies")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Lists the companies you may see, a page at a time: ?limit= (default 50, at most 200), ?cursor= from nextCursor, and ?q= for a part of the name, a domain, a SIREN or a city.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<CompanyResponse>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, string? q, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCompanies(limit, cursor, q), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
