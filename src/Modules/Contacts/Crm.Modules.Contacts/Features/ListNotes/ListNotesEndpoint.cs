using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListNotes;

internal static class ListNotesEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind subject) =>
        group.MapGet("/{id:guid}/notes", (Guid id, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Handle(new ListNotes(subject, id, limit, cursor), sender, http, cancellationToken))
            .WithName($"List{subject}Notes")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary($"Lists the notes on a {subject.ToString().ToLowerInvariant()}, newest first: ?limit= (default 50, at most 200), ?cursor= from nextCursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<NoteResponse>>, ProblemHttpResult>> Handle(
        ListNotes query, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(query, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
