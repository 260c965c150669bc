using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.UpdateQuote;

/// <summary>Rewrites a draft quote (its lines, validity, notes, language); a sent quote is revised instead.</summary>
internal sealed record UpdateQuote(Guid Id, QuoteRequest Request, VersionPrecondition Precondition) : ICommand<Result<QuoteResponse>>;

internal sealed class UpdateQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes, QuoteLineReader lineReader, TimeProvider time)
    : ICommandHandler<UpdateQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(UpdateQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var quote = loaded.Value.Quote;
        var current = command.Precondition.Check(quote.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var lines = await lineReader.ReadAsync(command.Request.Lines, quote.Currency, cancellationToken);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var request = command.Request;
        var replaced = quote.ReplaceDraft(lines.Value, request.ValidUntil ?? quote.ValidUntil, request.Notes, request.Language ?? quote.Language, time.GetUtcNow());
        if (!replaced.IsSuccess)
        {
            return replaced.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return QuoteResponse.From(quote);
    }
}
