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

namespace Crm.Modules.Contacts.Features.AddNote;

internal static class AddNoteEndpoint
{
    public sealed record Request(string? Body);

    public static void Map(RouteGroupBuilder group, RecordKind subject) =>
        group.MapPost("/{id:guid}/notes", (Guid id, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Handle(new AddNote(subject, id, request.Body), sender, http, cancellationToken))
            .WithName($"Add{subject}Note")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"Writes a note in Markdown on a {subject.ToString().ToLowerInvariant()}; you are its author.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Created<NoteResponse>, ProblemHttpResult>> Handle(
        AddNote command, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/notes/{result.Value.Id}", result.Value);
    }
}
