using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.UpdateSavedView;

internal static class UpdateSavedViewEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind records) =>
        group.MapPut("/{id:guid}", (Guid id, SavedViewRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Handle(records, id, request, sender, http, cancellationToken))
            .WithName(SavedViewRoutes.OperationId(records, "UpdateSavedView", "UpdateCompanySavedView"))
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Replaces a view you saved (403 for a view your team shares with you). Requires If-Match with the ETag last read.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<SavedViewResponse>, ProblemHttpResult>> Handle(
        RecordKind records, Guid id, SavedViewRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new UpdateSavedView(records, id, precondition.Value, request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
