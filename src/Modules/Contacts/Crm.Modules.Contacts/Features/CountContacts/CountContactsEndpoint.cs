using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.CountContacts;

internal static class CountContactsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/count", Handle)
            .WithName("CountContacts")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Counts the contacts you may see; ?q= keeps those whose name, email or phone number holds it.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<ContactCount>> Handle(string? q, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CountContacts(q), cancellationToken));
}
