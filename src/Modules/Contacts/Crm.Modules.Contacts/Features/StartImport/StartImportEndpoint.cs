using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.StartImport;

internal static class StartImportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/start", Handle)
            .WithName("StartImport")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Starts an uploaded import: columns (column index from 0 → field), policy for rows matching a contact you can see (Skip, Update, CreateAnyway) and the match key (Email, Phone, ExternalId). Answers 202; poll the import for its progress. A row with a wrong value is left out whole and reported; it never stops the others.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Accepted<ImportResponse>, ProblemHttpResult>> Handle(
        Guid id, ImportSettingsRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new StartImport(id, request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Accepted($"/api/v1/contacts/imports/{id}", result.Value);
    }
}
