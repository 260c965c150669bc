using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.CreateSegment;

/// <summary>A segment: a name, its kind, and for a dynamic one a search (q) and filters as the contact list takes them.</summary>
internal sealed record SegmentRequest(string? Name, SegmentKind Kind, string? Q, IReadOnlyList<string>? Filters);

internal static class CreateSegmentEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateSegment")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Creates a segment: Dynamic (q and filters in the contact list's form, field:operator:value, evaluated when read) or Static (contacts put in by hand). Its contacts: GET /api/v1/contacts?segment={id}; export: GET /api/v1/contacts/export?segment={id}.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Created<SegmentResponse>, ProblemHttpResult>> Handle(SegmentRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateSegment(request.Name, request.Kind, request.Q, request.Filters), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/contacts/segments/{result.Value.Id}", result.Value);
    }
}
