using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.GetBulkAction;

internal static class GetBulkActionEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind records) =>
        group.MapGet("/{id:guid}", (Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken) => Handle(new GetBulkAction(records, id), sender, http, cancellationToken))
            .WithName(records == RecordKind.Company ? "GetCompanyBulkAction" : "GetBulkAction")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"A bulk action you asked for: status (Queued, Running, Completed, Failed), {(records == RecordKind.Company ? "companies" : "contacts")} done of the total, and how many changed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<BulkActionResponse>, ProblemHttpResult>> Handle(GetBulkAction query, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(query, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
