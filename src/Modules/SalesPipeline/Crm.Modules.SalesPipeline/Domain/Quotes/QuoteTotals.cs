namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>
/// The amounts of a quote, computed from its lines. Rounding is per line to the cent, then sums: each line's net and
/// VAT are rounded to the cent, half away from zero (<see cref="QuoteLine.Net"/>, <see cref="QuoteLine.Vat"/>), and
/// every total (per VAT rate and overall) is the plain sum of these rounded amounts, never rounded again. This is what
/// French invoices and the issue ask ("per line to the cent, then sums"): the totals equal the sum of the lines printed
/// above them, the per-rate breakdown adds up to the totals, and the order of the lines changes nothing.
/// </summary>
internal sealed record QuoteTotals
{
    private QuoteTotals(IReadOnlyList<QuoteRateTotal> perRate, decimal net, decimal vat)
    {
        PerRate = perRate;
        Net = net;
        Vat = vat;
    }

    public static QuoteTotals Empty { get; } = new([], 0m, 0m);

    /// <summary>One entry per VAT rate the lines use, highest rate first.</summary>
    public IReadOnlyList<QuoteRateTotal> PerRate { get; }

    /// <summary>The sum of the lines' rounded nets (excluding VAT).</summary>
    public decimal Net { get; }

    /// <summary>The sum of the lines' rounded VAT amounts.</summary>
    public decimal Vat { get; }

    /// <summary>Net + VAT: what the customer pays.</summary>
    public decimal Gross => Net + Vat;

    public static QuoteTotals Of(IEnumerable<QuoteLine> lines)
    {
        var amounts = lines.Select(l => (l.VatRate, l.Net, l.Vat)).ToList();
        if (amounts.Count == 0)
        {
            return Empty;
        }

        var perRate = amounts
            .GroupBy(a => a.VatRate)
            .Select(g => new QuoteRateTotal(g.Key, g.Sum(a => a.Net), g.Sum(a => a.Vat)))
            .OrderByDescending(r => r.VatRate)
            .ToList();
        return new QuoteTotals(perRate, amounts.Sum(a => a.Net), amounts.Sum(a => a.Vat));
    }

    // Totals compare by value, breakdown included.
    public bool Equals(QuoteTotals? other) =>
        other is not null && Net == other.Net && Vat == other.Vat && PerRate.SequenceEqual(other.PerRate);

    public override int GetHashCode() => HashCode.Combine(Net, Vat, PerRate.Count);
}
