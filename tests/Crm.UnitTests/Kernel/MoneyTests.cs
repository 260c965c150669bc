using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class MoneyTests
{
    [TestCase("EUR")]
    [TestCase("USD")]
    [TestCase("GBP")]
    [TestCase("JPY")]
    public void Create_WhenCurrencyIsKnown_KeepsAmountAndCurrency(string currency)
    {
        var money = Create(12.34m, currency);

        Assert.Multiple(() =>
        {
            Assert.That(money.Amount, Is.EqualTo(12.34m));
            Assert.That(money.Currency, Is.EqualTo(currency));
        });
    }

    [TestCase("eur", "EUR")]
    [TestCase(" usd ", "USD")]
    [TestCase("Gbp", "GBP")]
    public void Create_WhenCurrencyIsLowercaseOrPadded_NormalisesIt(string currency, string expected)
    {
        Assert.That(Create(1m, currency).Currency, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("EU")]
    [TestCase("EURO")]
    [TestCase("QQQ")]
    [TestCase("€")]
    public void Create_WhenCurrencyIsNotIso4217_FailsWithValidationCode(string? currency)
    {
        var result = Money.Create(1m, currency);

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error.Code, Is.EqualTo("money.currency_unknown"));
        });
    }

    [Test]
    public void Zero_WhenCurrencyKnown_HasZeroAmount()
    {
        Assert.That(Money.Zero("eur"), Is.EqualTo(Create(0m, "EUR")));
    }

    [Test]
    public void Add_WhenSameCurrency_SumsAmounts()
    {
        var sum = Create(10.50m, "EUR").Add(Create(2.25m, "EUR"));

        Assert.That(sum, Is.EqualTo(Create(12.75m, "EUR")));
    }

    [Test]
    public void Subtract_WhenSameCurrency_SubtractsAmounts()
    {
        var difference = Create(10.50m, "EUR").Subtract(Create(12m, "EUR"));

        Assert.That(difference, Is.EqualTo(Create(-1.50m, "EUR")));
    }

    [Test]
    public void PlusAndMinusOperators_WhenSameCurrency_MatchAddAndSubtract()
    {
        var a = Create(7m, "USD");
        var b = Create(3m, "USD");

        Assert.Multiple(() =>
        {
            Assert.That(a + b, Is.EqualTo(Create(10m, "USD")));
            Assert.That(a - b, Is.EqualTo(Create(4m, "USD")));
        });
    }

    [Test]
    public void Multiply_WhenGivenFactor_KeepsCurrency()
    {
        Assert.That(Create(2.5m, "GBP").Multiply(4m), Is.EqualTo(Create(10m, "GBP")));
    }

    [Test]
    public void Add_WhenCurrenciesDiffer_Throws()
    {
        var euros = Create(1m, "EUR");
        var dollars = Create(1m, "USD");

        var thrown = Assert.Throws<InvalidOperationException>(() => euros.Add(dollars));
        Assert.That(thrown.Message, Does.Contain("EUR").And.Contain("USD"));
    }

    [Test]
    public void Operators_WhenCurrenciesDiffer_Throw()
    {
        var euros = Create(1m, "EUR");
        var dollars = Create(1m, "USD");

        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidOperationException>(() => _ = euros + dollars);
            Assert.Throws<InvalidOperationException>(() => _ = euros - dollars);
            Assert.Throws<InvalidOperationException>(() => euros.Subtract(dollars));
        });
    }

    [Test]
    public void Equality_WhenCurrencyDiffers_IsNotEqual()
    {
        Assert.That(Create(1m, "EUR"), Is.Not.EqualTo(Create(1m, "USD")));
    }

    [Test]
    public void ToString_WhenCalled_UsesInvariantCultureAmountThenCurrency()
    {
        Assert.That(Create(1234.5m, "EUR").ToString(), Is.EqualTo("1234.5 EUR"));
    }

    private static Money Create(decimal amount, string currency)
    {
        var result = Money.Create(amount, currency);
        Assert.That(result.IsSuccess, Is.True, () => $"Money.Create({amount}, {currency}) failed: {result.Error?.Code}");
        return result.Value;
    }
}
