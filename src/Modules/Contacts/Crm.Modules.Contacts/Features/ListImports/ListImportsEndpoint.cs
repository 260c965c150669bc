using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListImports;

internal static class ListImportsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListImports")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"Lists your latest imports ({ListImports.Max} at most), newest first.");

    private static async Task<Ok<IReadOnlyList<ImportResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListImports(), cancellationToken));
}
