using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListSegments;

internal static class ListSegmentsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListSegments")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Lists the segments, by name. A segment's contacts, with your visibility: GET /api/v1/contacts?segment={id}.");

    private static async Task<Ok<IReadOnlyList<SegmentResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListSegments(), cancellationToken));
}
