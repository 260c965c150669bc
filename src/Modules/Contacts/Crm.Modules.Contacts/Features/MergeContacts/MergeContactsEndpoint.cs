using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.MergeContacts;

/// <summary>The contacts folded into the one of the URL, and for each single field the contact whose value wins.</summary>
internal sealed record MergeContactsRequest(IReadOnlyList<Guid>? SourceIds, MergeChoices? Fields);

internal static class MergeContactsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/merge", Handle)
            .WithName("MergeContacts")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"Merges up to {MergeContactsValidator.MaxSources} contacts (sourceIds) into this one, with If-Match of this one. fields names, for firstName, lastName, jobTitle, address, lifecycleStage, source and owner, the contact whose value wins (this one's by default, or the first other's when this one has none); every email, phone number, company and tag is kept, notes and timelines move here. The merged contacts disappear from every read; the merge can be undone for 30 days.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<MergeResult>, ProblemHttpResult>> Handle(
        Guid id, MergeContactsRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new MergeContacts(id, precondition.Value, request.SourceIds, request.Fields), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Contact.Version);
        return TypedResults.Ok(result.Value);
    }
}
