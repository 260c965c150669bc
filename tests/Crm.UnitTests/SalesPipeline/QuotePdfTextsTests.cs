using Crm.Modules.SalesPipeline.Features.QuotePdf;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuotePdfTextsTests
{
    // A no-break space: French digit groups, "20 %", and between an amount and its currency.
    private const char Nbsp = '\u00A0';

    [TestCase("fr", "EUR", 1234.56, "1 234,56 €")]
    [TestCase("fr", "EUR", 0.5, "0,50 €")]
    [TestCase("fr-FR", "eur", 1234567.8, "1 234 567,80 €")]
    [TestCase("fr", "USD", 1234.56, "1 234,56 USD")]
    [TestCase("en", "EUR", 1234.56, "€1,234.56")]
    [TestCase("en", "GBP", 1234.56, "£1,234.56")]
    [TestCase("en", "USD", 1234.56, "USD 1,234.56")]
    [TestCase("en", "CHF", 1234.56, "CHF 1,234.56")]
    public void Money_WhenLanguageAndCurrencyGiven_WritesTheAmountTheLocalWay(string language, string currency, decimal amount, string expected)
    {
        var money = QuotePdfTexts.For(language, currency).Money(amount);

        Assert.That(money, Is.EqualTo(expected.Replace(' ', Nbsp)));
    }

    [Test]
    public void Money_WhenFrench_NeverUsesTheNarrowNoBreakSpace()
    {
        var money = QuotePdfTexts.For("fr", "EUR").Money(1_234_567.89m);

        Assert.That(money, Does.Not.Contain('\u202F').And.Not.Contain(' '));
    }

    [TestCase("fr", "2.000", "2")]
    [TestCase("fr", "1.500", "1,5")]
    [TestCase("fr", "0.125", "0,125")]
    [TestCase("fr", "1234.250", "1 234,25")]
    [TestCase("en", "1.500", "1.5")]
    [TestCase("en", "1000000.000", "1,000,000")]
    public void Quantity_WhenItHasTrailingZeros_DropsThem(string language, string quantity, string expected)
    {
        var text = QuotePdfTexts.For(language, "EUR").Quantity(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(text, Is.EqualTo(expected.Replace(' ', Nbsp)));
    }

    [TestCase("fr", 5.50, "5,5 %")]
    [TestCase("fr", 20.00, "20 %")]
    [TestCase("fr", 2.10, "2,1 %")]
    [TestCase("en", 5.50, "5.5%")]
    [TestCase("en", 0.00, "0%")]
    public void Percent_WhenRateGiven_WritesItWithoutTrailingZeros(string language, decimal rate, string expected)
    {
        var text = QuotePdfTexts.For(language, "EUR").Percent(rate);

        Assert.That(text, Is.EqualTo(expected.Replace(' ', Nbsp)));
    }

    [TestCase("fr", "01/03/2026")]
    [TestCase("en", "1 March 2026")]
    public void Date_WhenLanguageGiven_WritesTheLocalFormat(string language, string expected)
    {
        var text = QuotePdfTexts.For(language, "EUR").Date(new DateOnly(2026, 3, 1));

        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void RateLine_WhenFrench_NamesTheRateAndItsBase()
    {
        var text = QuotePdfTexts.For("fr", "EUR").RateLine(20m, 173.97m);

        Assert.That(text.Replace(Nbsp, ' '), Is.EqualTo("TVA 20 % sur 173,97 €"));
    }
}
