using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListSavedViews;

internal static class ListSavedViewsEndpoint
{
    public static void Map(RouteGroupBuilder group, RecordKind records) =>
        group.MapGet("/", (ISender sender, CancellationToken cancellationToken) => Handle(records, sender, cancellationToken))
            .WithName(SavedViewRoutes.OperationId(records, "ListSavedViews", "ListCompanySavedViews"))
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary($"Lists your saved views of the {SavedViewRoutes.List(records)} and those your team shares with you, by name.");

    private static async Task<Ok<IReadOnlyList<SavedViewResponse>>> Handle(RecordKind records, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListSavedViews(records), cancellationToken));
}
