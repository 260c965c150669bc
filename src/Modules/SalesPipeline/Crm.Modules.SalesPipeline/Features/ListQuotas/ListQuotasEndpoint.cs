using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListQuotas;

internal static class ListQuotasEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListQuotas")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Lists the monthly quotas of a year (year, the current one by default), of one user (userId) or of everyone whose deals you can see.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<IReadOnlyList<QuotaResponse>>, ProblemHttpResult>> Handle(
        int? year, Guid? userId, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListQuotas(year, userId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
