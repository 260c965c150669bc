using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetDealTimeline;

/// <summary>
/// A deal's timeline, newest first, a page at a time: its creation, each stage it entered (winning and losing
/// included), its quotes (made, sent, emailed, accepted, declined, expired), its orders and its onboarding. Read from
/// what the sales module keeps; a deal's activities will join it when the activities module lands.
/// </summary>
internal sealed record GetDealTimeline(Guid DealId, int? Limit, string? Cursor) : IQuery<Result<Page<DealTimelineEntry>>>;

internal sealed class GetDealTimelineHandler(SalesDbContext db, VisibleDealLoader deals) : IQueryHandler<GetDealTimeline, Result<Page<DealTimelineEntry>>>
{
    public async ValueTask<Result<Page<DealTimelineEntry>>> Handle(GetDealTimeline query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var loaded = await deals.LoadAsync(query.DealId, forChange: false, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var deal = loaded.Value;
        var entries = new List<DealTimelineEntry>();
        await AddStagesAsync(deal, entries, cancellationToken);
        await AddQuotesAsync(deal, entries, cancellationToken);
        await AddOrdersAndOnboardingAsync(deal, entries, cancellationToken);

        var after = paging.Value.After is { } cursor ? Key(cursor) : null;
        var rows = entries
            .Select(e => (Entry: e, Key: Key(e.Id)))
            .Where(e => after is null || string.CompareOrdinal(e.Key, after) < 0)
            .OrderByDescending(e => e.Key, StringComparer.Ordinal)
            .Take(paging.Value.Limit + 1)
            .Select(e => e.Entry)
            .ToList();
        return paging.Value.ToPage(rows, e => e.Id, e => e);
    }

    // The ids' bytes in big-endian order, as hex: ordinal order is time order.
    private static string Key(Guid id) => Convert.ToHexString(id.ToByteArray(bigEndian: true));

    private async Task AddStagesAsync(Deal deal, List<DealTimelineEntry> entries, CancellationToken cancellationToken)
    {
        var visits = await db.StageVisits.AsNoTracking().Where(v => v.DealId == deal.Id).OrderBy(v => v.EnteredAtUtc).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var stageIds = visits.Select(v => v.StageId).Distinct().ToList();
        var kinds = await db.Stages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Kind, cancellationToken);
        var lostReason = deal.LostReasonId is { } reasonId
            ? await db.LostReasons.AsNoTracking().Where(r => r.Id == reasonId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            var kind = i == 0 ? DealTimelineKind.Created : kinds.GetValueOrDefault(visit.StageId) switch
            {
                StageKind.Won => DealTimelineKind.Won,
                StageKind.Lost => DealTimelineKind.Lost,
                _ => DealTimelineKind.StageEntered,
            };
            // Only the deal's present loss keeps its reason; an earlier one, reopened since, is told without it.
            var detail = kind == DealTimelineKind.Lost && i == visits.Count - 1 && deal.Status == DealStatus.Lost ? lostReason : null;
            entries.Add(new(
                DealTimelineEntry.IdOf(kind, visit.EnteredAtUtc, visit.Id.ToString()), kind, visit.EnteredAtUtc, visit.MovedBy, visit.StageName, null, detail));
        }
    }

    private async Task AddQuotesAsync(Deal deal, List<DealTimelineEntry> entries, CancellationToken cancellationToken)
    {
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.DealId == deal.Id.Value)
            .Select(q => new { q.Id, q.Number, q.Status, q.CreatedAtUtc, q.SentAtUtc, q.LastEmailedAtUtc, q.DecidedAtUtc, q.DecidedBy, q.ExpiredAtUtc })
            .ToListAsync(cancellationToken);
        foreach (var quote in quotes)
        {
            var id = quote.Id.Value;
            void Add(DealTimelineKind kind, DateTimeOffset? at, Guid? by = null)
            {
                if (at is { } when)
                {
                    entries.Add(new(DealTimelineEntry.IdOf(kind, when, id.ToString()), kind, when, by, quote.Number, id, null));
                }
            }

            Add(DealTimelineKind.QuoteCreated, quote.CreatedAtUtc);
            Add(DealTimelineKind.QuoteSent, quote.SentAtUtc);
            Add(DealTimelineKind.QuoteEmailed, quote.LastEmailedAtUtc);
            Add(quote.Status == QuoteStatus.Declined ? DealTimelineKind.QuoteDeclined : DealTimelineKind.QuoteAccepted, quote.DecidedAtUtc, quote.DecidedBy);
            Add(DealTimelineKind.QuoteExpired, quote.ExpiredAtUtc);
        }
    }

    private async Task AddOrdersAndOnboardingAsync(Deal deal, List<DealTimelineEntry> entries, CancellationToken cancellationToken)
    {
        var dealId = deal.Id.Value;
        var orders = await db.Orders.AsNoTracking().Where(o => o.DealId == dealId).Select(o => new { o.Id, o.Number, o.PlacedAtUtc, o.PlacedBy }).ToListAsync(cancellationToken);
        entries.AddRange(orders.Select(o => new DealTimelineEntry(
            DealTimelineEntry.IdOf(DealTimelineKind.OrderPlaced, o.PlacedAtUtc, o.Id.Value.ToString()), DealTimelineKind.OrderPlaced, o.PlacedAtUtc, o.PlacedBy, o.Number, o.Id.Value, null)));

        var checklists = await db.OnboardingChecklists.AsNoTracking().Where(c => c.DealId == dealId).ToListAsync(cancellationToken);
        foreach (var checklist in checklists)
        {
            var source = checklist.Id.ToString();
            entries.Add(new(
                DealTimelineEntry.IdOf(DealTimelineKind.OnboardingStarted, checklist.StartedAtUtc, source), DealTimelineKind.OnboardingStarted, checklist.StartedAtUtc, null, checklist.TemplateName, null, null));
            entries.AddRange(checklist.Tasks.Select((task, index) => (task, index)).Where(t => t.task.DoneAtUtc is not null).Select(t => new DealTimelineEntry(
                DealTimelineEntry.IdOf(DealTimelineKind.OnboardingTaskDone, t.task.DoneAtUtc!.Value, $"{source}|{t.index}"),
                DealTimelineKind.OnboardingTaskDone, t.task.DoneAtUtc.Value, null, t.task.Title, null, null)));
        }
    }
}
