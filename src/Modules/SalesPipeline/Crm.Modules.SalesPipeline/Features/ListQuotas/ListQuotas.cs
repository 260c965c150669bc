using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListQuotas;

/// <summary>
/// The quotas of a year (the current one unless said), of one user or of everyone, by user then month: only the
/// quotas of users whose deals the caller may see.
/// </summary>
internal sealed record ListQuotas(int? Year, Guid? UserId) : IQuery<Result<IReadOnlyList<QuotaResponse>>>;

internal sealed class ListQuotasHandler(SalesDbContext db, IRecordVisibility visibility, TimeProvider time)
    : IQueryHandler<ListQuotas, Result<IReadOnlyList<QuotaResponse>>>
{
    public const int MinYear = 1900;
    public const int MaxYear = 9990;

    public async ValueTask<Result<IReadOnlyList<QuotaResponse>>> Handle(ListQuotas query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? time.GetUtcNow().Year;
        if (year is < MinYear or > MaxYear)
        {
            return Error.Validation("quota.year_invalid", $"The year must be between {MinYear} and {MaxYear}.");
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var quotas = db.Quotas.AsNoTracking().Where(q => q.Month >= first && q.Month <= last);
        if (query.UserId is { } userId)
        {
            quotas = quotas.Where(q => q.UserId == userId);
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        if (!visible.Everyone)
        {
            var owners = visible.OwnerIds.ToList();
            quotas = quotas.Where(q => owners.Contains(q.UserId));
        }

        var rows = await quotas.OrderBy(q => q.UserId).ThenBy(q => q.Month).ToListAsync(cancellationToken);
        return rows.Select(QuotaResponse.From).ToList();
    }
}
