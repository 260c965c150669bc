using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>Turns a deal into its API form: its pipeline and stage by name, its company and contacts as the reader sees them.</summary>
internal sealed class DealReader(SalesDbContext db, IContactsDirectory directory, TimeProvider time)
{
    public async Task<DealResponse> ReadAsync(Deal deal, CancellationToken cancellationToken) =>
        await ReadAsync(deal, await db.Pipelines.AsNoTracking().FirstAsync(p => p.Id == deal.PipelineId, cancellationToken), cancellationToken);

    /// <summary>The deal in its API form, <paramref name="pipeline"/> being the one it is in, already read.</summary>
    public async Task<DealResponse> ReadAsync(Deal deal, Pipeline pipeline, CancellationToken cancellationToken)
    {
        var stage = pipeline.StageOf(deal.StageId)!;
        var company = deal.CompanyId is { } companyId
            ? new DealCompanyResponse(companyId, await directory.FindCompaniesAsync([companyId], cancellationToken) is [var found, ..] ? found.Name : null)
            : null;
        var cards = deal.Contacts.Count == 0
            ? []
            : (await directory.FindContactsAsync([.. deal.Contacts.Select(c => c.ContactId)], cancellationToken)).ToDictionary(c => c.Id);
        var contacts = deal.Contacts
            .Select(c => cards.TryGetValue(c.ContactId, out var card)
                ? new DealContactResponse(c.ContactId, card.DisplayName, card.Email, c.Role)
                : new DealContactResponse(c.ContactId, null, null, c.Role))
            .ToList();
        var lostReason = deal.LostReasonId is { } reasonId
            ? await db.LostReasons.AsNoTracking().Where(r => r.Id == reasonId).Select(r => new LostReasonReference(r.Id.Value, r.Name)).FirstAsync(cancellationToken)
            : null;
        var history = await db.StageVisits.AsNoTracking()
            .Where(v => v.DealId == deal.Id)
            .OrderByDescending(v => v.EnteredAtUtc).ThenByDescending(v => v.Id)
            .Select(v => new StageVisitResponse(v.StageId.Value, v.StageName, v.MovedBy, v.EnteredAtUtc, v.ExitedAtUtc))
            .ToListAsync(cancellationToken);

        return new DealResponse(
            deal.Id.Value,
            deal.Name,
            deal.Amount is { } amount ? new MoneyResponse(amount.Amount, amount.Currency) : null,
            deal.ExpectedCloseDate,
            pipeline.Id.Value,
            pipeline.Name,
            stage.Id.Value,
            stage.Name,
            stage.Kind,
            deal.Probability,
            deal.Status,
            deal.OwnerId,
            company,
            contacts,
            deal.Source,
            deal.NextStep,
            deal.ForecastCategory,
            CustomFieldValuesResponse.From(deal.CustomFields),
            deal.CreatedAtUtc,
            deal.UpdatedAtUtc,
            deal.StageEnteredAtUtc,
            deal.LastActivityAtUtc,
            Rotting.IsRotting(deal.Status, deal.LastActivityAtUtc, stage, time.GetUtcNow()),
            deal.ClosedAtUtc,
            deal.ClosedBy,
            lostReason,
            deal.LostNote,
            history,
            deal.Version);
    }
}
