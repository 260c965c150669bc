using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListTimeline;

internal static class ListTimelineEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind subject) =>
        group.MapGet("/{id:guid}/timeline", (Guid id, string? kinds, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Handle(new ListTimeline(subject, id, kinds, limit, cursor), sender, http, cancellationToken))
            .WithName($"List{subject}Timeline")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary($"The timeline of a {subject.ToString().ToLowerInvariant()}, newest first: notes and what happened (created, updated, owner_changed…). ?kinds=note,updated keeps those kinds; ?limit=, ?cursor= from nextCursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<TimelineItem>>, ProblemHttpResult>> Handle(
        ListTimeline query, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(query, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
