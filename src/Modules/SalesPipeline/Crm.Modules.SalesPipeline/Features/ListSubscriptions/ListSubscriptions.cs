using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListSubscriptions;

/// <summary>The subscription terms of a deal, a company or every customer the caller sees, the latest ending first.</summary>
internal sealed record ListSubscriptions(Guid? DealId, Guid? CompanyId, SubscriptionStatus? Status) : IQuery<IReadOnlyList<SubscriptionResponse>>;

internal sealed record SubscriptionResponse(
    Guid Id,
    Guid DealId,
    Guid? CompanyId,
    Guid OwnerId,
    string Name,
    MoneyResponse Mrr,
    MoneyResponse Arr,
    DateOnly StartDate,
    DateOnly EndDate,
    SubscriptionStatus Status,
    Guid? RenewedFromId,
    Guid? RenewalDealId,
    string? ChurnReason,
    DateTimeOffset? ClosedAtUtc)
{
    public static SubscriptionResponse From(Subscription s) => new(
        s.Id, s.DealId, s.CompanyId, s.OwnerId, s.Name, new MoneyResponse(s.Mrr, s.Currency), new MoneyResponse(s.Arr, s.Currency),
        s.StartDate, s.EndDate, s.Status, s.RenewedFromId, s.RenewalDealId, s.ChurnReason, s.ClosedAtUtc);
}

internal sealed class ListSubscriptionsHandler(SalesDbContext db, IRecordVisibility visibility) : IQueryHandler<ListSubscriptions, IReadOnlyList<SubscriptionResponse>>
{
    private const int Limit = 500;

    public async ValueTask<IReadOnlyList<SubscriptionResponse>> Handle(ListSubscriptions query, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var subscriptions = db.Subscriptions.AsNoTracking();
        if (!visible.Everyone)
        {
            var owners = visible.OwnerIds.ToList();
            subscriptions = subscriptions.Where(s => owners.Contains(s.OwnerId));
        }

        if (query.DealId is { } dealId)
        {
            subscriptions = subscriptions.Where(s => s.DealId == dealId || s.RenewalDealId == dealId);
        }

        if (query.CompanyId is { } companyId)
        {
            subscriptions = subscriptions.Where(s => s.CompanyId == companyId);
        }

        if (query.Status is { } status)
        {
            subscriptions = subscriptions.Where(s => s.Status == status);
        }

        var rows = await subscriptions.OrderByDescending(s => s.EndDate).ThenByDescending(s => s.Id).Take(Limit).ToListAsync(cancellationToken);
        return [.. rows.Select(SubscriptionResponse.From)];
    }
}
