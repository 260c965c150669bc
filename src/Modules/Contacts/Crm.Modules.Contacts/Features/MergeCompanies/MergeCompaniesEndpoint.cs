using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.MergeCompanies;

/// <summary>The company kept, the companies folded into it, and for each field the company whose value wins.</summary>
internal sealed record MergeCompaniesRequest(Guid KeepId, IReadOnlyList<Guid>? MergeIds, CompanyMergeChoices? Fields);

internal static class MergeCompaniesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("MergeCompanies")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"Merges up to {MergeCompaniesValidator.MaxMerged} companies (mergeIds) into the company keepId, with If-Match of the kept one. fields names, for name, domains, industry, size, siren (SIREN and SIRET), vatNumber, address, phone, website, owner, parentCompany and each custom field, the company whose value wins (the kept one's by default, or the first other's when it has none; domains default to all). Tags are all kept; notes, timelines, contacts' links and subsidiaries move to the kept company. The merged companies disappear from every read; the merge can be undone for 30 days.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Created<CompanyMergeResult>, ProblemHttpResult>> Handle(
        MergeCompaniesRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new MergeCompanies(request.KeepId, precondition.Value, request.MergeIds, request.Fields), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Company.Version);
        return TypedResults.Created($"/api/v1/companies/{result.Value.Company.Id}", result.Value);
    }
}
