using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.CreateQuote;

/// <summary>
/// Drafts a quote on a deal, numbered in the year's gapless sequence. By default it is in the deal's currency, in the
/// installation's language, and valid for the configured number of days.
/// </summary>
internal sealed record CreateQuote(Guid DealId, QuoteRequest Request) : ICommand<Result<QuoteResponse>>;

internal sealed class CreateQuoteHandler(
    SalesDbContext db, VisibleDealLoader deals, QuoteLineReader lineReader, DocumentNumbers numbers, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<CreateQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(CreateQuote command, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(command.DealId, forChange: false, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        var settings = options.Value;
        var request = command.Request;
        var currency = (request.Currency ?? deal.Value.Currency ?? settings.DefaultCurrency).Trim().ToUpperInvariant();
        var lines = await lineReader.ReadAsync(request.Lines, currency, cancellationToken);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var now = time.GetUtcNow();
        var validUntil = request.ValidUntil ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(settings.QuoteValidityDays);
        var language = request.Language ?? settings.Language;
        var trial = Quote.CreateDraft(deal.Value.Id.Value, QuoteNumber.Create(now.Year, 1, settings.QuotePrefix).Value, currency, language, validUntil, lines.Value, request.Notes, now);
        if (!trial.IsSuccess)
        {
            return trial.Error!;
        }

        await numbers.EnsureCounterAsync(settings.QuotePrefix, now.Year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await numbers.NextAsync(settings.QuotePrefix, now.Year, cancellationToken);
        var quote = Quote.CreateDraft(deal.Value.Id.Value, QuoteNumber.Create(now.Year, sequence, settings.QuotePrefix).Value, currency, language, validUntil, lines.Value, request.Notes, now).Value;
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return QuoteResponse.From(quote);
    }
}
