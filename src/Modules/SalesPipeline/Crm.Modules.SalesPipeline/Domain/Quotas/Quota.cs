using System.Globalization;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotas;

/// <summary>
/// What one user is expected to win in one calendar month, in one currency. A quarter's or a year's quota is the sum of
/// its months'. Stored in hundredths like deals, so forecasts sum it exactly.
/// </summary>
internal sealed class Quota : AggregateRoot<QuotaId>
{
    public const decimal MaxAmount = Deal.MaxAmount;

    private Quota(QuotaId id, Guid userId, DateOnly month)
        : base(id)
    {
        UserId = userId;
        Month = month;
    }

    public Guid UserId { get; private init; }

    /// <summary>The first day of the month the quota is for.</summary>
    public DateOnly Month { get; private init; }

    public long AmountCents { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public Money Amount => Money.Create(AmountCents / 100m, Currency).Value;

    /// <summary>The month as the API names it: <c>2027-01</c>.</summary>
    public string Period => FormatMonth(Month);

    public DateTimeOffset UpdatedAtUtc { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public static Result<Quota> Create(Guid userId, DateOnly month, Money amount, Guid setBy, DateTimeOffset now)
    {
        var quota = new Quota(QuotaId.New(), userId, new DateOnly(month.Year, month.Month, 1));
        var changed = quota.Change(amount, setBy, now);
        return changed.IsSuccess ? quota : changed.Error!;
    }

    public Result Change(Money amount, Guid setBy, DateTimeOffset now)
    {
        var valid = CheckAmount(amount.Amount);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        AmountCents = (long)(amount.Amount * 100);
        Currency = amount.Currency;
        UpdatedBy = setBy;
        UpdatedAtUtc = now.ToStoredPrecision();
        return Result.Success();
    }

    /// <summary>A quota is 0 to <see cref="MaxAmount"/>, in cents at most (0 means none: the API removes it).</summary>
    public static Result CheckAmount(decimal amount) =>
        amount < 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount
            ? Error.Validation("quota.amount_invalid", $"A quota must be between 0 and {MaxAmount.ToString("N2", CultureInfo.InvariantCulture)}, in cents at most (0 removes it).")
            : Result.Success();

    /// <summary>Reads a month written <c>yyyy-MM</c> (<c>2027-01</c>) into its first day.</summary>
    public static Result<DateOnly> ParseMonth(string? period) =>
        DateOnly.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : Error.Validation("quota.period_invalid", $"'{period}' is not a month: write it yyyy-MM, for example 2027-01.");

    public static string FormatMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
