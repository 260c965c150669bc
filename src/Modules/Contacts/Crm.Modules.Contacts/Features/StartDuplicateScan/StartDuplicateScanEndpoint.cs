using Crm.Modules.Contacts.Features.DuplicateScans;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.StartDuplicateScan;

internal static class StartDuplicateScanEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("StartDuplicateScan")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Starts a search for likely duplicates over the whole contact base (similar names by last name and within each company, shared email or phone), run in the background. Answers 202 with the scan; follow it at its Location; 409 while another scan is queued or running.")
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Accepted<DuplicateScanResponse>, ProblemHttpResult>> Handle(ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new StartDuplicateScan(), cancellationToken);
        return result.IsSuccess
            ? TypedResults.Accepted($"/api/v1/contacts/duplicate-scans/{result.Value.Id}", result.Value)
            : result.Error.ToProblem(http);
    }
}
