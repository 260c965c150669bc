using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.AcceptQuote;

/// <summary>
/// Records the customer's acceptance: the quote becomes an order (numbered in the orders' yearly sequence) and its deal
/// is won, its onboarding starts and its recurring products become a subscription, all in one transaction, so that no
/// accepted quote lacks any of them.
/// </summary>
internal sealed record AcceptQuote(Guid Id, VersionPrecondition Precondition) : ICommand<Result<QuoteResponse>>;

internal sealed class AcceptQuoteHandler(
    SalesDbContext db, VisibleQuoteLoader quotes, DocumentNumbers numbers, AfterWin afterWin, ICurrentUser currentUser, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<AcceptQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(AcceptQuote command, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (quote, deal) = loaded.Value;
        var current = command.Precondition.Check(quote.Version);
        var now = time.GetUtcNow();
        var accepted = current.IsSuccess ? quote.Accept(currentUser.Id, now) : current;
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var won = await WinAsync(deal, now, cancellationToken);
        if (!won.IsSuccess)
        {
            return won.Error!;
        }

        var prefix = options.Value.OrderPrefix;
        await numbers.EnsureCounterAsync(prefix, now.Year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = QuoteNumber.Create(now.Year, await numbers.NextAsync(prefix, now.Year, cancellationToken), prefix).Value;
        var order = Order.Place(quote, number.ToString(), currentUser.Id, now).Value;
        db.Orders.Add(order);
        await afterWin.StartOnboardingAsync(deal, now, cancellationToken);
        await afterWin.StartSubscriptionAsync(deal, order, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return QuoteResponse.From(quote, order.Id.Value);
    }

    private async Task<Result> WinAsync(Deal deal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deal.Status == DealStatus.Won)
        {
            return Result.Success();
        }

        var pipeline = await db.Pipelines.AsNoTracking().FirstAsync(p => p.Id == deal.PipelineId, cancellationToken);
        return deal.MoveTo(pipeline, pipeline.WonStage, currentUser.Id, now);
    }
}
