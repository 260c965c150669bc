using System.Globalization;

namespace Crm.Shared.Kernel;

/// <summary>An amount in one ISO 4217 currency. Amounts in different currencies never mix silently.</summary>
public readonly record struct Money
{
    private static readonly HashSet<string> KnownCurrencies = BuildKnownCurrencies();

    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Result<Money> Create(decimal amount, string? currency)
    {
        var code = currency?.Trim().ToUpperInvariant();
        if (code is null || code.Length != 3 || !KnownCurrencies.Contains(code))
        {
            return Error.Validation("money.currency_unknown", $"'{currency}' is not an ISO 4217 currency code (for example EUR, USD, GBP).");
        }

        return new Money(amount, code);
    }

    public static Money Zero(string currency) => Create(0m, currency).Value;

    public Money Add(Money other) => new(Amount + EnsureSameCurrency(other).Amount, Currency);

    public Money Subtract(Money other) => new(Amount - EnsureSameCurrency(other).Amount, Currency);

    public Money Multiply(decimal factor) => new(Amount * factor, Currency);

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    private Money EnsureSameCurrency(Money other) =>
        other.Currency == Currency
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency} and {other.Currency} amounts.");

    private static HashSet<string> BuildKnownCurrencies()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // Some specific cultures have no region; they name no currency.
            }
        }

        return codes;
    }
}
