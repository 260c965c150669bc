using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ReviseQuote;

/// <summary>Makes the next revision of a sent, declined or expired quote: a draft with the same number and lines.</summary>
internal sealed record ReviseQuote(Guid Id) : ICommand<Result<QuoteResponse>>;

internal sealed class ReviseQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes, TimeProvider time) : ICommandHandler<ReviseQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(ReviseQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: false, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var quote = loaded.Value.Quote;
        var latest = await db.Quotes.Where(q => q.Number == quote.Number).MaxAsync(q => q.Revision, cancellationToken);
        if (latest != quote.Revision)
        {
            return Error.Conflict("quote.not_latest", $"{quote.DisplayNumber} has a later revision ({quote.Number}-V{latest}): revise that one.");
        }

        var revision = quote.Revise(time.GetUtcNow());
        if (!revision.IsSuccess)
        {
            return revision.Error!;
        }

        db.Quotes.Add(revision.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Crm.Shared.Infrastructure.Persistence.UniqueIndexViolation.Caused(e))
        {
            return Error.Conflict("quote.not_latest", $"Someone made a revision of {quote.DisplayNumber} at the same moment: reload the deal's quotes.");
        }

        return QuoteResponse.From(revision.Value);
    }
}
