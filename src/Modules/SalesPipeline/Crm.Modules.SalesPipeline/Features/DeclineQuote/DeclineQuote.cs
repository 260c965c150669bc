using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.DeclineQuote;

/// <summary>Records the customer's refusal of a sent quote. The deal stays open: a revision may follow.</summary>
internal sealed record DeclineQuote(Guid Id, VersionPrecondition Precondition) : ICommand<Result<QuoteResponse>>;

internal sealed class DeclineQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<DeclineQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(DeclineQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var quote = loaded.Value.Quote;
        var current = command.Precondition.Check(quote.Version);
        var declined = current.IsSuccess ? quote.Decline(currentUser.Id, time.GetUtcNow()) : current;
        if (!declined.IsSuccess)
        {
            return declined.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return QuoteResponse.From(quote);
    }
}
