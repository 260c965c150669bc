using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListDirectoryPeople;

internal static class ListDirectoryPeopleEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/people", Handle)
            .WithName("ListDirectoryPeople")
            .WithSummary("Lists colleagues for names and pickers: id, display name, team and whether active (deactivated users stay, for the records they owned). ?limit=&cursor=.")
            .RequirePermission(Permissions.DirectoryRead)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<DirectoryPersonResponse>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListDirectoryPeople(limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
