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
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateContact")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Creates a contact, owned by ownerId or else by you. Phone numbers may be typed in any usual form; they are stored in E.164. A contact that looks like one you can see (same email, phone number or name) is refused with 409 and the possible duplicates unless ignoreDuplicates is true. Send an Idempotency-Key header to make retries safe.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> Handle(
        ContactRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var r = request;
        var command = new CreateContact(r.FirstName, r.LastName, r.JobTitle, r.Emails, r.Phones, r.Companies, r.Address, r.LifecycleStage, r.Source, r.Tags, r.OwnerId, r.IgnoreDuplicates, r.CustomFields);
        var result = await sender.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/contacts/{result.Value.Id}", result.Value);
    }
}
