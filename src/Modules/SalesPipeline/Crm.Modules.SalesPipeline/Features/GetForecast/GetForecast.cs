using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetForecast;

/// <summary>
/// The forecast from <see cref="From"/> to <see cref="To"/> (the current quarter when neither is given) by month or
/// quarter, for one owner, one team (and the teams below it) or everyone, in one pipeline or all: open pipeline,
/// weighted, best case, commit, won and quota attainment, per currency, over the deals the caller may see.
/// </summary>
internal sealed record GetForecast(DateOnly? From, DateOnly? To, string? Interval, Guid? OwnerId, Guid? TeamId, Guid? PipelineId)
    : IQuery<Result<ForecastResponse>>;

internal sealed class GetForecastHandler(SalesDbContext db, IRecordVisibility visibility, IUserDirectory users, ForecastSums sums, TimeProvider time)
    : IQueryHandler<GetForecast, Result<ForecastResponse>>
{
    public async ValueTask<Result<ForecastResponse>> Handle(GetForecast query, CancellationToken cancellationToken)
    {
        var interval = ForecastPeriods.ParseInterval(query.Interval);
        if (!interval.IsSuccess)
        {
            return interval.Error!;
        }

        if (query.From is null != query.To is null)
        {
            return Error.Validation("forecast.range_invalid", "Give both from and to (yyyy-MM-dd), or neither for the current quarter.");
        }

        var (from, to) = query is { From: { } f, To: { } t } ? (f, t) : ForecastPeriods.QuarterOf(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var periods = ForecastPeriods.Split(from, to, interval.Value);
        if (!periods.IsSuccess)
        {
            return periods.Error!;
        }

        if (query is { OwnerId: not null, TeamId: not null })
        {
            return Error.Validation("forecast.scope_invalid", "Ask for one owner (ownerId) or one team (teamId), not both.");
        }

        if (query.PipelineId is { } pipelineId && !await db.Pipelines.AnyAsync(p => p.Id == new PipelineId(pipelineId), cancellationToken))
        {
            return Error.Validation("forecast.pipeline_unknown", $"No pipeline has the id {pipelineId}.");
        }

        IReadOnlyList<Guid>? owners = null;
        if (query.OwnerId is { } ownerId)
        {
            owners = [ownerId];
        }
        else if (query.TeamId is { } teamId)
        {
            owners = await users.MembersOfTeamAsync(teamId, cancellationToken);
            if (owners is null)
            {
                return Error.Validation("forecast.team_unknown", $"No team has the id {teamId}.");
            }
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var scope = new ForecastScope(visible, owners, query.PipelineId is { } id ? new PipelineId(id) : null);
        var open = await sums.OpenAsync(scope, periods.Value, cancellationToken);
        var won = await sums.WonAsync(scope, periods.Value, cancellationToken);
        var quotas = await sums.QuotasAsync(scope, periods.Value, cancellationToken);
        var (rows, total) = ForecastTotals.Assemble(periods.Value, open, won, quotas);
        return new ForecastResponse(from, to, ForecastPeriods.Name(interval.Value), query.OwnerId, query.TeamId, query.PipelineId, rows, total);
    }
}
