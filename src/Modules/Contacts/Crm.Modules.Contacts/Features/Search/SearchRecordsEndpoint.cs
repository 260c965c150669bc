using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.Search;

internal static class SearchRecordsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("Search")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Finds the contacts and companies you may see by a part of their name, email, phone number (in any usual form), domain, SIREN or city, forgiving a typo; best first. ?limit= up to 50 (default 10).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> Handle(
        string? q, int? limit, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SearchRecords(q, limit), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
