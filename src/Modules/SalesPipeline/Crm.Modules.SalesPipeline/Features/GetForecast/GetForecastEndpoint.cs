using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetForecast;

internal static class GetForecastEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("GetForecast")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary(
                "The sales forecast from `from` to `to` (24 months at most; the current quarter by default) per interval (month or quarter) and per currency: " +
                "open pipeline, weighted, best case, commit (open deals by expected close date), won (by the date won), quota and attainment, with a total. " +
                "Scope: ownerId, or teamId (its members and those of the teams below), else everyone you can see; pipelineId narrows to one pipeline.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<ForecastResponse>, ProblemHttpResult>> Handle(
        DateOnly? from, DateOnly? to, string? interval, Guid? ownerId, Guid? teamId, Guid? pipelineId, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetForecast(from, to, interval, ownerId, teamId, pipelineId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
