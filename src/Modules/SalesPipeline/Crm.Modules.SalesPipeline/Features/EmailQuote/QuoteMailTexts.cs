using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.QuotePdf;

namespace Crm.Modules.SalesPipeline.Features.EmailQuote;

/// <summary>The subject and message a quote is emailed with when the user writes none, in the quote's language.</summary>
internal sealed class QuoteMailTexts(Quote quote, string dealName, string sellerName)
{
    private readonly QuotePdfTexts _texts = QuotePdfTexts.For(quote.Language, quote.Currency);

    /// <summary>"Devis DEV-2026-00001 – Acme" / "Quote DEV-2026-00001 – Acme".</summary>
    public string Subject => $"{_texts.DocumentTitle(quote.DisplayNumber)} – {sellerName}";

    public string Body => _texts.French
        ? $"""
          Bonjour,

          Veuillez trouver ci-joint notre devis {quote.DisplayNumber} ({dealName}), valable jusqu'au {_texts.Date(quote.ValidUntil)}.

          Cordialement,
          {sellerName}
          """
        : $"""
          Hello,

          Please find attached our quote {quote.DisplayNumber} ({dealName}), valid until {_texts.Date(quote.ValidUntil)}.

          Kind regards,
          {sellerName}
          """;
}
