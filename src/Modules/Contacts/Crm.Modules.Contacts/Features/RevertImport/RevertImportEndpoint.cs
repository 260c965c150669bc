using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.RevertImport;

internal static class RevertImportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/revert", Handle)
            .WithName("RevertImport")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Reverts a finished import: the contacts it created are deleted (with their notes and links) by a worker; contacts it updated keep their new values. Answers 202; poll the import until it is Reverted.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Accepted<ImportResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RevertImport(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted($"/api/v1/contacts/imports/{id}", result.Value) : result.Error.ToProblem(http);
    }
}
