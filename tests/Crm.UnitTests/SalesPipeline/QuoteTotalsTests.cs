using Crm.Modules.SalesPipeline.Domain.Quotes;
using CsCheck;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuoteTotalsTests
{
    private const long Iterations = 1_000;

    // Realistic lines: mostly small whole quantities and shop prices, sometimes the extremes the line accepts.
    private static readonly Gen<decimal> Quantity = Gen.Frequency<decimal>(
        (3, Gen.Int[1, 20].Select(i => (decimal)i)),
        (2, Gen.Int[1, 100_000].Select(i => i / 1_000m)),
        (1, Gen.Long[1, 1_000_000_000].Select(l => l / 1_000m)));

    private static readonly Gen<decimal> UnitPrice = Gen.Frequency<decimal>(
        (3, Gen.Int[0, 1_000_000].Select(i => i / 100m)),
        (1, Gen.Long[0, 99_999_999_999].Select(l => l / 100m)));

    private static readonly Gen<decimal> Percent = Gen.Int[0, 10_000].Select(i => i / 100m);

    private static readonly Gen<decimal> Discount = Gen.Frequency<decimal>((3, Gen.Const(0m)), (2, Percent), (1, Gen.Const(100m)));

    private static readonly Gen<decimal> VatRate = Gen.Frequency<decimal>((4, Gen.OneOf(20m, 10m, 5.5m, 2.1m, 0m)), (1, Percent));

    private static readonly Gen<QuoteLine> Line = Gen.Select(Quantity, UnitPrice, Discount, VatRate, NewLine);

    private static readonly Gen<QuoteLine[]> Lines = Line.Array[0, 60];

    [Test]
    public void Of_WhenTwoRates_RoundsEachLineToTheCentThenSums()
    {
        // Line 1: 3 × 19.99 = 59.97; × (1 − 10 / 100) = 53.973 → net 53.97; VAT 53.97 × 20 % = 10.794 → 10.79.
        // Line 2: 1 × 7.50 = 7.50 → net 7.50; VAT 7.50 × 5.5 % = 0.4125 → 0.41.
        // Net 53.97 + 7.50 = 61.47; VAT 10.79 + 0.41 = 11.20; gross 61.47 + 11.20 = 72.67.
        var totals = QuoteTotals.Of([NewLine(3, 19.99m, 10, 20), NewLine(1, 7.5m, 0, 5.5m)]);

        Assert.Multiple(() =>
        {
            Assert.That(totals.PerRate, Is.EqualTo(new[] { new QuoteRateTotal(20m, 53.97m, 10.79m), new QuoteRateTotal(5.5m, 7.50m, 0.41m) }));
            Assert.That((totals.Net, totals.Vat, totals.Gross), Is.EqualTo((61.47m, 11.20m, 72.67m)));
        });
    }

    [Test]
    public void Of_WhenLinesShareARate_AddsTheirRoundedVatsNotTheVatOfTheirSum()
    {
        // Each line: 1 × 0.09 → net 0.09; VAT 0.09 × 5.5 % = 0.00495 → 0.00. Three lines: VAT 0.00
        // (the VAT of the rate's net, 0.27 × 5.5 % = 0.01485, would round to 0.01).
        var totals = QuoteTotals.Of([NewLine(1, 0.09m, 0, 5.5m), NewLine(1, 0.09m, 0, 5.5m), NewLine(1, 0.09m, 0, 5.5m)]);

        Assert.Multiple(() =>
        {
            Assert.That(totals.PerRate, Is.EqualTo(new[] { new QuoteRateTotal(5.5m, 0.27m, 0m) }));
            Assert.That((totals.Net, totals.Vat, totals.Gross), Is.EqualTo((0.27m, 0m, 0.27m)));
        });
    }

    [Test]
    public void Of_WhenNoLine_IsZeroWithoutRates()
    {
        var totals = QuoteTotals.Of([]);

        Assert.Multiple(() =>
        {
            Assert.That(totals.PerRate, Is.Empty);
            Assert.That((totals.Net, totals.Vat, totals.Gross), Is.EqualTo((0m, 0m, 0m)));
        });
    }

    [Test]
    public void Of_WhenRatesAreUnordered_ListsOnlyTheUsedRatesHighestFirst()
    {
        var totals = QuoteTotals.Of([NewLine(1, 10, 0, 2.1m), NewLine(1, 10, 0, 20), NewLine(1, 10, 0, 0), NewLine(1, 10, 0, 20.00m)]);

        Assert.That(totals.PerRate.Select(r => (r.VatRate, r.Net)), Is.EqualTo(new[] { (20m, 20m), (2.1m, 10m), (0m, 10m) }));
    }

    [Test]
    public void Property_PerRateNetsAndVatsAddUpToTheTotals() =>
        Lines.Sample(
            lines =>
            {
                var totals = QuoteTotals.Of(lines);
                return totals.PerRate.Sum(r => r.Net) == totals.Net && totals.PerRate.Sum(r => r.Vat) == totals.Vat
                    && totals.Net == lines.Sum(l => l.Net) && totals.Vat == lines.Sum(l => l.Vat);
            },
            iter: Iterations);

    [Test]
    public void Property_GrossIsNetPlusVat() =>
        Lines.Sample(lines => QuoteTotals.Of(lines) is var totals && totals.Gross == totals.Net + totals.Vat, iter: Iterations);

    [Test]
    public void Property_ALinesNetIsWithinHalfACentOfTheExactAmount() =>
        Line.Sample(
            line => Math.Abs(line.Net - (line.Quantity * line.UnitPrice * (1m - (line.DiscountPercent / 100m)))) <= 0.005m
                && Math.Abs(line.Vat - (line.Net * line.VatRate / 100m)) <= 0.005m,
            iter: Iterations);

    [Test]
    public void Property_TotalsDoNotDependOnTheOrderOfTheLines() =>
        Gen.Select(Line, Gen.Int).Array[0, 60].Sample(
            keyed =>
            {
                var lines = keyed.Select(k => k.Item1).ToList();
                var shuffled = keyed.OrderBy(k => k.Item2).Select(k => k.Item1).ToList();
                var totals = QuoteTotals.Of(lines);
                return totals == QuoteTotals.Of(shuffled) && totals == QuoteTotals.Of(Enumerable.Reverse(lines));
            },
            iter: Iterations);

    [Test]
    public void Property_EveryAmountHasAtMostTwoDecimals() =>
        Lines.Sample(
            lines =>
            {
                var totals = QuoteTotals.Of(lines);
                return lines.SelectMany(l => new[] { l.Net, l.Vat })
                    .Concat([totals.Net, totals.Vat, totals.Gross])
                    .Concat(totals.PerRate.SelectMany(r => new[] { r.Net, r.Vat }))
                    .All(amount => decimal.Round(amount, 2) == amount);
            },
            iter: Iterations);

    [Test]
    public void Property_AFullDiscountGivesZero() =>
        Gen.Select(Quantity, UnitPrice, VatRate, (q, p, r) => NewLine(q, p, 100, r)).Array[1, 20].Sample(
            lines =>
            {
                var totals = QuoteTotals.Of(lines);
                return lines.All(l => l.Net == 0m && l.Vat == 0m) && totals.Net == 0m && totals.Vat == 0m && totals.Gross == 0m
                    && totals.PerRate.All(r => r.Net == 0m && r.Vat == 0m);
            },
            iter: Iterations);

    [Test]
    public void Property_NoAmountIsNegative() =>
        Lines.Sample(
            lines =>
            {
                var totals = QuoteTotals.Of(lines);
                return totals.Net >= 0m && totals.Vat >= 0m && totals.Gross >= totals.Net
                    && totals.PerRate.All(r => r.Net >= 0m && r.Vat >= 0m) && lines.All(l => l.Net >= 0m && l.Vat >= 0m);
            },
            iter: Iterations);

    private static QuoteLine NewLine(decimal quantity, decimal unitPrice, decimal discountPercent, decimal vatRate) =>
        QuoteLine.Create(1, null, "Article", quantity, unitPrice, discountPercent, vatRate).Value;
}
