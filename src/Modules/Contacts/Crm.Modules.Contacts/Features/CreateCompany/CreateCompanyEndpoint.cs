using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.CreateCompany;

internal static class CreateCompanyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateCompany")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Creates a company, owned by ownerId or else by you. SIREN, SIRET and VAT numbers are checked. Send an Idempotency-Key header to make retries safe.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Created<CompanyResponse>, ProblemHttpResult>> Handle(
        CompanyRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(CreateCompany.From(request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/companies/{result.Value.Id}", result.Value);
    }
}
