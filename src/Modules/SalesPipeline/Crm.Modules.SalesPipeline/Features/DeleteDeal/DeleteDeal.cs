using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.DeleteDeal;

/// <summary>Deletes a deal the caller can see, with its stage history.</summary>
internal sealed record DeleteDeal(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteDealHandler(SalesDbContext db, VisibleDealLoader deals, TimeProvider time) : ICommandHandler<DeleteDeal, Result>
{
    public async ValueTask<Result> Handle(DeleteDeal command, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal;
        }

        var current = command.Precondition.Check(deal.Value.Version);
        if (!current.IsSuccess)
        {
            return current;
        }

        deal.Value.Delete(time.GetUtcNow());
        db.Deals.Remove(deal.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
