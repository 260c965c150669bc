using Crm.Modules.Contacts.Features.DuplicateScans;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.GetDuplicateScan;

internal static class GetDuplicateScanEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/latest", HandleLatest)
            .WithName("GetLatestDuplicateScan")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("The latest duplicate scan: status (Queued, Running, Completed, Failed), phase (Names, Companies, SharedKeys, Saving), contacts read of the total, groups found. Poll it while it runs.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", Handle)
            .WithName("GetDuplicateScan")
            .RequirePermission(Permissions.ContactsRead)
            .WithSummary("A duplicate scan with its progress.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<Results<Ok<DuplicateScanResponse>, ProblemHttpResult>> HandleLatest(ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        SendAsync(new GetDuplicateScan(null), sender, http, cancellationToken);

    private static Task<Results<Ok<DuplicateScanResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        SendAsync(new GetDuplicateScan(id), sender, http, cancellationToken);

    private static async Task<Results<Ok<DuplicateScanResponse>, ProblemHttpResult>> SendAsync(GetDuplicateScan query, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(query, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
