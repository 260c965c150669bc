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
            .WithSummary("Lists the companies you may see, a page at a time: ?limit= (default 50, at most 200), ?cursor= from nextCursor, ?q= for a part of the name, a domain, a SIREN or a city, "
                + "?filter=field:operator:value (repeatable; operators eq, neq, contains, startsWith, in, between, gt, gte, lt, lte, isEmpty, isNotEmpty; several values separated by commas, \\, for a comma; "
                + "fields name, domain, industry, size, siren, siret, vatNumber, phone, website, city, postalCode, countryCode, ownerId, parentCompanyId, tags, createdAt, updatedAt and cf.<custom field key>), "
                + "?sort=field or -field (name, domain (the first), industry, siren, vatNumber, city, postalCode, countryCode, createdAt (default), updatedAt, cf.<key>). The first page carries the total, estimated above 10,000.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<CompanyListPage>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, string? q, string[]? filter, string? sort, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCompanies(limit, cursor, q, filter, sort), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
