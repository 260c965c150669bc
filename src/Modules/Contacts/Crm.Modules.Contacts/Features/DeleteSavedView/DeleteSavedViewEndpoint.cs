using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.DeleteSavedView;

internal static class DeleteSavedViewEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind records) =>
        group.MapDelete("/{id:guid}", (Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken) => Handle(records, id, sender, http, cancellationToken))
            .WithName(SavedViewRoutes.OperationId(records, "DeleteSavedView", "DeleteCompanySavedView"))
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Deletes a view you saved (403 for a view your team shares with you). Requires If-Match with the ETag last read.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(RecordKind records, Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new DeleteSavedView(records, id, precondition.Value), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem(http);
    }
}
