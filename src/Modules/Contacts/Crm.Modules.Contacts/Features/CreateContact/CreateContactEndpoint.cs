using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.CreateContact;

internal static class CreateContactEndpoint
{
    public sealed record Request(string? FirstName, string? LastName, string? Email, Guid? OwnerId);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateContact")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Creates a contact, owned by ownerId or else by you. Send an Idempotency-Key header to make retries safe.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateContact(request.FirstName, request.LastName, request.Email, request.OwnerId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/contacts/{result.Value.Id}", result.Value);
    }
}
