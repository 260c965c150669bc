using System.Globalization;

namespace Crm.Modules.SalesPipeline.Features.QuotePdf;

/// <summary>
/// The words and number formats of a quote's PDF in its language: French (fr-FR: 1 234,56 €, 12/03/2026, 5,5 %) or
/// English (en-GB: €1,234.56, 12 March 2026, 5.5%). Amounts show the currency's symbol when it names one currency only
/// (€, or £ in English), otherwise its ISO code (1 234,56 USD, CHF 1,234.56).
/// </summary>
internal sealed class QuotePdfTexts
{
    private const string NoBreakSpace = "\u00A0";
    private const string NarrowNoBreakSpace = "\u202F";

    private readonly NumberFormatInfo _numbers;
    private readonly string _dateFormat;
    private readonly string _percentSuffix;

    private QuotePdfTexts(bool french, string currency)
    {
        French = french;
        Culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");
        _dateFormat = french ? "dd/MM/yyyy" : "d MMMM yyyy";
        _percentSuffix = french ? NoBreakSpace + "%" : "%";

        var numbers = (NumberFormatInfo)Culture.NumberFormat.Clone();

        // fr-FR groups digits with a narrow no-break space (U+202F): print a plain no-break space instead, which every
        // font has and every PDF reader copies and searches as a space.
        numbers.NumberGroupSeparator = NoBreaking(numbers.NumberGroupSeparator);
        numbers.CurrencyGroupSeparator = NoBreaking(numbers.CurrencyGroupSeparator);
        numbers.PercentGroupSeparator = NoBreaking(numbers.PercentGroupSeparator);

        // Amounts are kept in cents whatever the currency.
        numbers.CurrencyDecimalDigits = 2;
        var symbol = CurrencySymbol(currency, Culture);
        numbers.CurrencySymbol = symbol;
        if (!french && symbol.All(char.IsAsciiLetterUpper))
        {
            // "USD 1,234.56" rather than "USD1,234.56"; French already writes "1 234,56 USD".
            numbers.CurrencyPositivePattern = 2;
            numbers.CurrencyNegativePattern = 12;
        }

        _numbers = numbers;
    }

    public bool French { get; }

    public CultureInfo Culture { get; }

    public string QuoteTitle => French ? "DEVIS" : "QUOTE";

    public string ContinuedLabel => French ? "(suite)" : "(continued)";

    public string CustomerLabel => French ? "Client" : "Customer";

    public static string DescriptionHeader => "Description";

    public string QuantityHeader => French ? "Qté" : "Qty";

    public string UnitPriceHeader => French ? "Prix unitaire HT" : "Unit price (excl. VAT)";

    public string DiscountHeader => French ? "Remise" : "Discount";

    public string VatHeader => French ? "TVA" : "VAT";

    public string LineTotalHeader => French ? "Total HT" : "Total (excl. VAT)";

    public string NetTotalLabel => French ? "Total HT" : "Total excl. VAT";

    public string VatTotalLabel => French ? "Total TVA" : "Total VAT";

    public string GrossTotalLabel => French ? "Total TTC" : "Total incl. VAT";

    public static string NotesLabel => "Notes";

    /// <summary>The mention a French customer writes or signs under a quote; none in English.</summary>
    public string? AcceptanceMention => French ? "Devis reçu avant l'exécution des travaux, bon pour accord" : null;

    public string SignatureLabel => French ? "Date et signature du client" : "Customer's date and signature";

    /// <summary>Picks French for "fr", "fr-FR", "fr-BE"…, English for anything else.</summary>
    public static QuotePdfTexts For(string language, string currency) =>
        new(language.StartsWith("fr", StringComparison.OrdinalIgnoreCase), currency.Trim().ToUpperInvariant());

    public string DocumentTitle(string number) => (French ? "Devis " : "Quote ") + number;

    public string NumberLine(string number) => (French ? "N° " : "No. ") + number;

    public string IssuedLine(DateOnly date) => (French ? "Date : " : "Date: ") + Date(date);

    public string ValidUntilLine(DateOnly date) => (French ? "Valable jusqu'au " : "Valid until ") + Date(date);

    public string SubjectLine(string dealName) => (French ? "Objet : " : "Subject: ") + dealName;

    public static string SirenLine(string siren) => "SIREN " + siren;

    public static string SiretLine(string siret) => "SIRET " + siret;

    public string VatNumberLine(string vatNumber) => (French ? "TVA intracommunautaire " : "VAT number ") + vatNumber;

    public string AttentionLine(string contactName) => (French ? "À l'attention de " : "For the attention of ") + contactName;

    /// <summary>"TVA 20 % sur 173,97 €" / "VAT 20% on €173.97".</summary>
    public string RateLine(decimal vatRate, decimal net) =>
        French ? $"TVA {Percent(vatRate)} sur {Money(net)}" : $"VAT {Percent(vatRate)} on {Money(net)}";

    public string PageLine(int page, int pages) => string.Create(Culture, $"Page {page} / {pages}");

    /// <summary>"1 234,56 €", "€1,234.56", "USD 1,234.56": never broken across two lines.</summary>
    public string Money(decimal amount) => amount.ToString("C", _numbers).Replace(" ", NoBreakSpace, StringComparison.Ordinal);

    /// <summary>Up to 3 decimals, without trailing zeros: 2, 1,5, 0,125.</summary>
    public string Quantity(decimal quantity) => quantity.ToString("#,##0.###", _numbers);

    /// <summary>"20 %", "5,5 %" / "20%", "5.5%".</summary>
    public string Percent(decimal percent) => percent.ToString("#,##0.##", _numbers) + _percentSuffix;

    public string Date(DateOnly date) => date.ToString(_dateFormat, Culture);

    private static string NoBreaking(string separator) => separator.Replace(NarrowNoBreakSpace, NoBreakSpace, StringComparison.Ordinal);

    // The symbol when it is unambiguous: the language's own currency (€ in French, £ in English), or a symbol that
    // only this currency uses among the regions .NET knows (€ for EUR); otherwise the ISO code ($ could be USD, CAD…).
    private static string CurrencySymbol(string currency, CultureInfo culture)
    {
        if (string.Equals(new RegionInfo(culture.Name).ISOCurrencySymbol, currency, StringComparison.Ordinal))
        {
            return culture.NumberFormat.CurrencySymbol;
        }

        string? symbol = null;
        var symbolsOfOtherCurrencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var specific in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(specific.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (!string.Equals(region.ISOCurrencySymbol, currency, StringComparison.Ordinal))
            {
                symbolsOfOtherCurrencies.Add(region.CurrencySymbol);
            }
            else if (symbol is null)
            {
                symbol = region.CurrencySymbol;
            }
            else if (!string.Equals(symbol, region.CurrencySymbol, StringComparison.Ordinal))
            {
                return currency;
            }
        }

        return symbol is null || symbolsOfOtherCurrencies.Contains(symbol) || string.IsNullOrWhiteSpace(symbol) ? currency : symbol;
    }
}
