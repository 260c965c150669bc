namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>The lines of one VAT rate (a percentage): the sum of their rounded nets and of their rounded VAT amounts.</summary>
internal sealed record QuoteRateTotal(decimal VatRate, decimal Net, decimal Vat);
