using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Reporting.ContactsCreated;

internal static class GetContactsCreatedPerDayEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/contacts-created", Handle)
            .WithName("GetContactsCreatedPerDay")
            .RequirePermission(Permissions.ReportsRead)
            .WithSummary("Contacts created per UTC day, ?from=&to= as yyyy-MM-dd (default: the last 30 days). Days without any are left out.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<ContactsCreatedReport>, ProblemHttpResult>> Handle(
        DateOnly? from, DateOnly? to, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetContactsCreatedPerDay(from, to), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
