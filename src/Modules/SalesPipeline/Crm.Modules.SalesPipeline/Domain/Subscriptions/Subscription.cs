using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Subscriptions;

/// <summary>
/// One term of what a customer pays for again and again: the recurring lines of a won order, from
/// <see cref="StartDate"/> to <see cref="EndDate"/> (the renewal date). MRR counts a yearly line as a twelfth.
/// Before the end a renewal deal is opened; at the end the subscription is renewed (a new term) or churned.
/// </summary>
internal sealed class Subscription : AggregateRoot<Guid>
{
    public const int ReasonMaxLength = 200;
    public const int NameMaxLength = 500;

    private Subscription(Guid id, Guid dealId, Guid? companyId, Guid ownerId, string name, string currency, long mrrCents, DateOnly startDate, int termMonths, Guid? renewedFromId)
        : base(id)
    {
        DealId = dealId;
        CompanyId = companyId;
        OwnerId = ownerId;
        Name = name;
        Currency = currency;
        MrrCents = mrrCents;
        StartDate = startDate;
        TermMonths = termMonths;
        EndDate = startDate.AddMonths(termMonths).AddDays(-1);
        RenewedFromId = renewedFromId;
    }

    /// <summary>The won deal this term comes from (the first sale, or the renewal deal of the term before).</summary>
    public Guid DealId { get; private init; }

    public Guid? CompanyId { get; private init; }

    public Guid OwnerId { get; private init; }

    /// <summary>What is subscribed, as the order's recurring lines name it.</summary>
    public string Name { get; private init; }

    public string Currency { get; private init; }

    public long MrrCents { get; private init; }

    public decimal Mrr => MrrCents / 100m;

    public decimal Arr => MrrCents * 12 / 100m;

    public DateOnly StartDate { get; private init; }

    public int TermMonths { get; private init; }

    /// <summary>The last day of the term, and the renewal date.</summary>
    public DateOnly EndDate { get; private init; }

    public SubscriptionStatus Status { get; private set; }

    public Guid? RenewedFromId { get; private init; }

    public Guid? RenewalDealId { get; private set; }

    public string? ChurnReason { get; private set; }

    public DateTimeOffset? ClosedAtUtc { get; private set; }

    /// <summary>
    /// The subscription of an order's recurring lines (<paramref name="billingOf"/> says each product's billing), or
    /// null when it has none. A term lasts <paramref name="termMonths"/> from the day the order was placed.
    /// </summary>
    public static Subscription? StartFrom(
        Guid dealId, Guid? companyId, Guid ownerId, string currency, IReadOnlyList<QuoteLine> lines, Func<Guid, Billing?> billingOf, int termMonths, DateTimeOffset now)
    {
        var recurring = lines.Where(l => l.ProductId is { } id && billingOf(id) is Billing.Monthly or Billing.Yearly).ToList();
        if (recurring.Count == 0)
        {
            return null;
        }

        var monthly = recurring.Sum(l => billingOf(l.ProductId!.Value) == Billing.Yearly ? l.Net / 12m : l.Net);
        var start = DateOnly.FromDateTime(now.UtcDateTime);
        var name = string.Join(", ", recurring.Select(l => l.Description));
        name = name.Length > NameMaxLength ? name[..NameMaxLength] : name;
        return Begin(dealId, companyId, ownerId, name, currency, ToCents(monthly), start, termMonths, null, now);
    }

    public void OpenRenewal(Guid renewalDealId) => RenewalDealId ??= renewalDealId;

    /// <summary>Ends this term as renewed and starts the next one, of the same length, for what the renewal deal won.</summary>
    public Subscription Renew(Guid renewalDealId, long mrrCents, DateTimeOffset now)
    {
        Close(SubscriptionStatus.Renewed, null, now);
        var next = Begin(renewalDealId, CompanyId, OwnerId, Name, Currency, mrrCents, EndDate.AddDays(1), TermMonths, Id, now);
        Raise(new SubscriptionRenewed(Id, next.Id, now.ToStoredPrecision()));
        return next;
    }

    /// <summary>Records that the customer left at the end of this term, and why.</summary>
    public void Churn(string reason, DateTimeOffset now)
    {
        var text = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
        Close(SubscriptionStatus.Churned, text, now);
        Raise(new SubscriptionChurned(Id, CompanyId, Currency, Mrr, EndDate, text, now.ToStoredPrecision()));
    }

    private static Subscription Begin(
        Guid dealId, Guid? companyId, Guid ownerId, string name, string currency, long mrrCents, DateOnly start, int termMonths, Guid? renewedFromId, DateTimeOffset now)
    {
        var subscription = new Subscription(TypedId.NewValue(), dealId, companyId, ownerId, name, currency, mrrCents, start, termMonths, renewedFromId);
        subscription.Raise(new SubscriptionStarted(
            subscription.Id, dealId, companyId, currency, subscription.Mrr, start, subscription.EndDate, renewedFromId, now.ToStoredPrecision()));
        return subscription;
    }

    private void Close(SubscriptionStatus status, string? reason, DateTimeOffset now)
    {
        Status = status;
        ChurnReason = reason;
        ClosedAtUtc = now.ToStoredPrecision();
    }

    private static long ToCents(decimal amount) => (long)decimal.Round(amount * 100m, MidpointRounding.AwayFromZero);
}
