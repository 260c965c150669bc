using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.SendQuote;

/// <summary>Records that a draft went to the customer: from then on it is never edited, only revised.</summary>
internal sealed record SendQuote(Guid Id, VersionPrecondition Precondition) : ICommand<Result<QuoteResponse>>;

internal sealed class SendQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes, TimeProvider time) : ICommandHandler<SendQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(SendQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var quote = loaded.Value.Quote;
        var current = command.Precondition.Check(quote.Version);
        var sent = current.IsSuccess ? quote.MarkSent(time.GetUtcNow()) : current;
        if (!sent.IsSuccess)
        {
            return sent.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return QuoteResponse.From(quote);
    }
}
