using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.GetCompany;

internal static class GetCompanyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .WithName("GetCompany")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("Reads a company. The ETag header is its version, to send back in If-Match when changing it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> Handle(
        Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCompany(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
