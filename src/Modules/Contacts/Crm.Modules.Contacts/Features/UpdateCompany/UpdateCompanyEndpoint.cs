using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.UpdateCompany;

internal static class UpdateCompanyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("UpdateCompany")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Replaces a company's details and parent (lists are replaced whole), and its owner when ownerId is given. Requires If-Match with the ETag last read.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> Handle(
        Guid id, CompanyRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var command = UpdateCompany.From(id, precondition.Value, request);
        var result = await sender.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
