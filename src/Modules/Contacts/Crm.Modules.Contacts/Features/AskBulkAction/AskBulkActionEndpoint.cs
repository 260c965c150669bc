using System.Text.Json;
using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.AskBulkAction;

/// <summary>
/// A change to many contacts. action: AssignOwner (ownerId), AddTag or RemoveTag (tag), SetField (field: lifecycleStage,
/// source or cf.&lt;key&gt;, and value; null clears), Delete. The contacts: contactIds (ticked, at most 1,000), or else
/// every contact the list with q, filters and segment shows.
/// </summary>
internal sealed record BulkActionRequest(
    BulkActionKind Action, Guid? OwnerId, string? Tag, string? Field, JsonElement? Value, IReadOnlyList<Guid>? ContactIds, string? Q, IReadOnlyList<string>? Filters, Guid? Segment);

internal static class AskBulkActionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("AskBulkAction")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Asks for a change to many contacts (assign owner, add or remove a tag, set a field, delete), on ticked contacts or on a whole list (q, filters, segment) as you see it now. Answers 202 with the action; follow its progress at its Location.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Accepted<BulkActionResponse>, ProblemHttpResult>> Handle(BulkActionRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var r = request;
        var result = await sender.Send(new AskBulkAction(r.Action, r.OwnerId, r.Tag, r.Field, r.Value, r.ContactIds, r.Q, r.Filters, r.Segment), cancellationToken);
        return result.IsSuccess
            ? TypedResults.Accepted($"/api/v1/contacts/bulk-actions/{result.Value.Id}", result.Value)
            : result.Error.ToProblem(http);
    }
}
