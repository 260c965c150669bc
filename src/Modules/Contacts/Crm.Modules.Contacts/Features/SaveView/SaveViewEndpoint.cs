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

namespace Crm.Modules.Contacts.Features.SaveView;

internal static class SaveViewEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind records) =>
        group.MapPost("/", (SavedViewRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken) => Handle(records, request, sender, http, cancellationToken))
            .WithName(SavedViewRoutes.OperationId(records, "SaveView", "SaveCompanyView"))
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary($"Saves a view of the {SavedViewRoutes.List(records)} (name, q, filters, sort, columns); shared: true lets your team see it too.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<SavedViewResponse>, ProblemHttpResult>> Handle(
        RecordKind records, SavedViewRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SaveView(records, request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/{SavedViewRoutes.Path(records)}/views/{result.Value.Id}", result.Value);
    }
}
