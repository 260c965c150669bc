using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListContacts;

internal static class ListContactsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListContacts")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Lists the contacts you may see (of ?segment={id} when given), a page at a time: ?limit= (default 50, at most 200), ?cursor= from nextCursor, ?q= for a part of the name, email or phone number (any usual form), "
                + "?filter=field:operator:value (repeatable; operators eq, neq, contains, startsWith, in, between, gt, gte, lt, lte, isEmpty, isNotEmpty; several values separated by commas, \\, for a comma; "
                + "fields firstName, lastName, jobTitle, email, phone, source, city, postalCode, countryCode, externalId, lifecycleStage, ownerId, companyId, tags, createdAt, updatedAt and cf.<custom field key>), "
                + "?sort=field or -field (firstName, lastName, jobTitle, email, city, postalCode, source, createdAt (default), updatedAt, cf.<key>). The first page carries the total, estimated above 10,000.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<ContactListPage>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, string? q, string[]? filter, string? sort, Guid? segment, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListContacts(limit, cursor, q, filter, sort, segment), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
