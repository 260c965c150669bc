using System.Globalization;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuoteLineTests
{
    [Test]
    public void Create_WhenValid_TrimsTheDescriptionAndKeepsTheValues()
    {
        var product = Guid.NewGuid();

        var line = QuoteLine.Create(1, product, "  Licence annuelle  ", 3, 19.99m, 10, 20).Value;

        Assert.Multiple(() =>
        {
            Assert.That(line.ProductId, Is.EqualTo(product));
            Assert.That(line.Description, Is.EqualTo("Licence annuelle"));
            Assert.That((line.Quantity, line.UnitPrice, line.DiscountPercent, line.VatRate), Is.EqualTo((3m, 19.99m, 10m, 20m)));
        });
    }

    [Test]
    public void Create_KeepsTheProductsSkuAndName_OnlyOnAProductLine()
    {
        var product = Guid.NewGuid();

        var fromProduct = QuoteLine.Create(1, product, "Licence", 1, 10, 0, 20, "LIC-1", "Licence annuelle").Value;
        var free = QuoteLine.Create(1, null, "Déplacement", 1, 10, 0, 20, "LIC-1", "Licence annuelle").Value;

        Assert.That(
            new[] { (fromProduct.ProductSku, fromProduct.ProductName), (free.ProductSku, free.ProductName) },
            Is.EqualTo(new (string?, string?)[] { ("LIC-1", "Licence annuelle"), (null, null) }));
    }

    [TestCase(0.001, 0, 0, 0)]
    [TestCase(1_000_000, 999_999_999.99, 100, 100)]
    public void Create_WhenOnTheBounds_IsAccepted(decimal quantity, decimal unitPrice, decimal discountPercent, decimal vatRate)
    {
        var created = QuoteLine.Create(1, null, "Article", quantity, unitPrice, discountPercent, vatRate);

        Assert.That(created.IsSuccess, Is.True, created.Error?.Message);
    }

    [TestCase(0, 10, 0, 20, "quantity")]
    [TestCase(-1, 10, 0, 20, "quantity")]
    [TestCase(1_000_000.001, 10, 0, 20, "quantity")]
    [TestCase(1.0005, 10, 0, 20, "quantity")]
    [TestCase(1, -0.01, 0, 20, "unitPrice")]
    [TestCase(1, 1_000_000_000, 0, 20, "unitPrice")]
    [TestCase(1, 10.001, 0, 20, "unitPrice")]
    [TestCase(1, 10, -1, 20, "discountPercent")]
    [TestCase(1, 10, 100.01, 20, "discountPercent")]
    [TestCase(1, 10, 12.345, 20, "discountPercent")]
    [TestCase(1, 10, 0, -0.01, "vatRate")]
    [TestCase(1, 10, 0, 101, "vatRate")]
    [TestCase(1, 10, 0, 5.555, "vatRate")]
    public void Create_WhenANumberIsOutOfRangeOrTooPrecise_RefusesNamingTheLineAndTheField(
        decimal quantity, decimal unitPrice, decimal discountPercent, decimal vatRate, string field)
    {
        var created = QuoteLine.Create(3, null, "Article", quantity, unitPrice, discountPercent, vatRate);

        AssertRefused(created, 3, field);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Create_WhenTheDescriptionIsBlank_Refuses(string? description)
    {
        AssertRefused(QuoteLine.Create(2, null, description, 1, 10, 0, 20), 2, "description");
    }

    [Test]
    public void Create_WhenTheDescriptionIsTooLong_Refuses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(QuoteLine.Create(1, null, new string('x', QuoteLine.DescriptionMaxLength), 1, 10, 0, 20).IsSuccess, Is.True);
            AssertRefused(QuoteLine.Create(1, null, new string('x', QuoteLine.DescriptionMaxLength + 1), 1, 10, 0, 20), 1, "description");
        });
    }

    [Test]
    public void Create_WhenTheProductIdIsEmpty_Refuses()
    {
        AssertRefused(QuoteLine.Create(4, Guid.Empty, "Article", 1, 10, 0, 20), 4, "productId");
    }

    [Test]
    public void Create_WhenTheSameNumbersAreWrittenWithOtherDecimals_GivesEqualLinesWithFixedDecimals()
    {
        var plain = QuoteLine.Create(1, null, "Article", 2, 10, 0, 20).Value;
        var padded = QuoteLine.Create(1, null, "Article", 2.000000m, 10.0m, 0.00m, 20.0000m).Value;

        Assert.Multiple(() =>
        {
            Assert.That(padded, Is.EqualTo(plain));
            Assert.That(
                new[] { plain.Quantity, plain.UnitPrice, plain.DiscountPercent, plain.VatRate }.Select(d => d.ToString(CultureInfo.InvariantCulture)),
                Is.EqualTo(new[] { "2.000", "10.00", "0.00", "20.00" }));
        });
    }

    [Test]
    public void Net_WhenTheDiscountedAmountEndsOnHalfACent_RoundsAwayFromZero()
    {
        // 1 × 0.05 × (1 − 50 / 100) = 0.025 → 0.03 (banker's rounding would give 0.02).
        var line = QuoteLine.Create(1, null, "Article", 1, 0.05m, 50, 0).Value;

        Assert.That(line.Net, Is.EqualTo(0.03m));
    }

    [Test]
    public void Vat_WhenTheVatEndsOnHalfACent_RoundsAwayFromZero()
    {
        // 0.25 × 10 / 100 = 0.025 → 0.03.
        var line = QuoteLine.Create(1, null, "Article", 1, 0.25m, 0, 10).Value;

        Assert.That((line.Net, line.Vat), Is.EqualTo((0.25m, 0.03m)));
    }

    [Test]
    public void Vat_IsComputedOnTheRoundedNet()
    {
        // Net: 0.995 × 1.00 = 0.995 → 1.00. VAT at 0.5 %: 1.00 × 0.005 = 0.005 → 0.01,
        // where the unrounded net would give 0.995 × 0.005 = 0.004975 → 0.00.
        var line = QuoteLine.Create(1, null, "Article", 0.995m, 1, 0, 0.5m).Value;

        Assert.That((line.Net, line.Vat), Is.EqualTo((1.00m, 0.01m)));
    }

    private static void AssertRefused(Result<QuoteLine> created, int position, string field)
    {
        Assert.Multiple(() =>
        {
            Assert.That(created.Error?.Code, Is.EqualTo("quote.line_invalid"));
            Assert.That(created.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(created.Error?.Message, Does.StartWith($"Line {position}:"));
            Assert.That(created.Error?.Extensions["line"], Is.EqualTo(position));
            Assert.That(created.Error?.Extensions["field"], Is.EqualTo(field));
        });
    }
}
