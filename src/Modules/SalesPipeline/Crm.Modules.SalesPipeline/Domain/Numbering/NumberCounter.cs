namespace Crm.Modules.SalesPipeline.Domain.Numbering;

/// <summary>The last number given in a yearly sequence of documents (quotes DEV-2026-…, orders CMD-2026-…).</summary>
internal sealed class NumberCounter(string prefix, int year, int last)
{
    public string Prefix { get; private init; } = prefix;

    public int Year { get; private init; } = year;

    public int Last { get; private set; } = last;
}
