using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ChangeSegmentMembers;

/// <summary>The contacts to put in or take out of a static segment, 1,000 at most.</summary>
internal sealed record SegmentMembersRequest(IReadOnlyList<Guid>? ContactIds);

internal static class ChangeSegmentMembersEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/members", (Guid id, SegmentMembersRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken) => Handle(id, request, add: true, sender, http, cancellationToken))
            .WithName("AddSegmentMembers")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Puts contacts you can see in a static segment; those already in stay. Answers how many were added.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/members/remove", (Guid id, SegmentMembersRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken) => Handle(id, request, add: false, sender, http, cancellationToken))
            .WithName("RemoveSegmentMembers")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Takes contacts out of a static segment (the contacts stay in the CRM). Answers how many were taken out.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<SegmentMembersChanged>, ProblemHttpResult>> Handle(
        Guid id, SegmentMembersRequest request, bool add, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ChangeSegmentMembers(id, request.ContactIds ?? [], add), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
