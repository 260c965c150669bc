using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.UndoCompanyMerge;

internal static class UndoCompanyMergeEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/undo", Handle)
            .WithName("UndoCompanyMerge")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Undoes a company merge of the last 30 days: the merged companies come back with their notes, timelines, contacts and subsidiaries, the kept company gets back its details, parent and owner. Refused (409) once the kept company has changed since.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<MergeResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UndoCompanyMerge(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
