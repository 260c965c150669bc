using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Board;

/// <summary>Reads board columns a keyset page at a time, newest deals first, naming their companies as the reader sees them.</summary>
internal sealed class BoardCards(IContactsDirectory directory, TimeProvider time)
{
    public static async Task<List<Deal>> ReadPageAsync(IQueryable<Deal> deals, Stage stage, PageRequest page, CancellationToken cancellationToken)
    {
        var column = deals.Where(d => d.StageId == stage.Id);
        if (page.After is { } after)
        {
            var afterId = new DealId(after);
            column = column.Where(d => d.Id.CompareTo(afterId) < 0);
        }

        return await column.OrderByDescending(d => d.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
    }

    /// <summary>The cards of several pages at once, so that their companies are named in one call.</summary>
    public async Task<IReadOnlyList<Page<DealCard>>> ToPagesAsync(
        IReadOnlyList<(Stage Stage, List<Deal> Rows)> columns, PageRequest page, CancellationToken cancellationToken)
    {
        var companyIds = columns.SelectMany(c => c.Rows).Select(d => d.CompanyId).OfType<Guid>().ToHashSet();
        var companies = companyIds.Count == 0
            ? []
            : (await directory.FindCompaniesAsync(companyIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var now = time.GetUtcNow();
        return [.. columns.Select(column => page.ToPage(column.Rows, d => d.Id.Value, d => ToCard(d, column.Stage, companies, now)))];
    }

    private static DealCard ToCard(Deal deal, Stage stage, Dictionary<Guid, string> companies, DateTimeOffset now) => new(
        deal.Id.Value,
        deal.Name,
        deal.Amount is { } amount ? new MoneyResponse(amount.Amount, amount.Currency) : null,
        deal.ExpectedCloseDate,
        deal.OwnerId,
        deal.CompanyId is { } companyId ? new DealCompanyResponse(companyId, companies.GetValueOrDefault(companyId)) : null,
        deal.Status,
        Rotting.IsRotting(deal.Status, deal.LastActivityAtUtc, stage, now),
        deal.StageEnteredAtUtc,
        deal.Version);
}
