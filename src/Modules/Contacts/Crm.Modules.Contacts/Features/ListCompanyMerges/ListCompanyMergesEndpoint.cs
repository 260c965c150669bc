using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ListCompanyMerges;

internal static class ListCompanyMergesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/merges", Handle)
            .WithName("ListCompanyMerges")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("The merges into this company that can still be undone (30 days, and the company unchanged since), newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<IReadOnlyList<MergeResponse>>, ProblemHttpResult>> Handle(
        Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCompanyMerges(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
