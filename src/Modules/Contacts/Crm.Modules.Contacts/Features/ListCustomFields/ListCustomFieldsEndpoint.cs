using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListCustomFields;

internal static class ListCustomFieldsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListCustomFields")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Lists the custom fields of contacts (?entity=Contact, the default) or companies (?entity=Company) in form order; ?includeRetired=true adds the retired ones.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<IReadOnlyList<CustomFieldResponse>>> Handle(
        ISender sender, CancellationToken cancellationToken, CustomFieldEntity entity = CustomFieldEntity.Contact, bool includeRetired = false) =>
        TypedResults.Ok(await sender.Send(new ListCustomFields(entity, includeRetired), cancellationToken));
}
