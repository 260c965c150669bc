namespace Crm.Modules.SalesPipeline;

/// <summary>The <c>Sales</c> settings.</summary>
internal sealed class SalesOptions
{
    public const string Section = "Sales";

    /// <summary>The language (<c>fr</c> | <c>en</c>) the first pipeline and lost reasons are named in.</summary>
    public string Language { get; set; } = "fr";

    /// <summary>The currency of new deals when none is given.</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>What quote numbers begin with: DEV-2026-00001.</summary>
    public string QuotePrefix { get; set; } = "DEV";

    /// <summary>What order numbers begin with: CMD-2026-00001.</summary>
    public string OrderPrefix { get; set; } = "CMD";

    /// <summary>How many days a new quote stays valid unless its author says otherwise.</summary>
    public int QuoteValidityDays { get; set; } = 30;

    /// <summary>How long a subscription term lasts, in months.</summary>
    public int SubscriptionTermMonths { get; set; } = 12;

    /// <summary>How many days before a subscription's end its renewal deal opens.</summary>
    public int RenewalLeadDays { get; set; } = 60;

    /// <summary>The VAT rates products and quote lines may use, in percent; France's when none is set.</summary>
    public List<decimal> VatRates { get; set; } = [];

    public IReadOnlyList<decimal> EffectiveVatRates => VatRates.Count > 0 ? VatRates : [20m, 10m, 5.5m, 2.1m, 0m];
}
