using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.UpdateDeal;

/// <summary>
/// Changes what is written on a deal, and its owner. Its stage changes through <c>MoveDeal</c> only; the fields its
/// stage requires keep a value.
/// </summary>
internal sealed record UpdateDeal(Guid Id, DealRequest Request, VersionPrecondition Precondition) : ICommand<Result<DealResponse>>;

internal sealed class UpdateDealHandler(
    SalesDbContext db, VisibleDealLoader deals, DealRelations relations, DealCustomFieldValues customFields, DealReader reader, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<UpdateDeal, Result<DealResponse>>
{
    public async ValueTask<Result<DealResponse>> Handle(UpdateDeal command, CancellationToken cancellationToken)
    {
        var loaded = await deals.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var deal = loaded.Value;
        var current = command.Precondition.Check(deal.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var details = command.Request.ToDetails(options.Value.DefaultCurrency);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var values = await customFields.ApplyAsync(deal, command.Request.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var ownerId = command.Request.OwnerId ?? deal.OwnerId;
        var related = await relations.CheckAsync(details.Value, ownerId, deal, cancellationToken);
        if (!related.IsSuccess)
        {
            return related.Error!;
        }

        var stage = await db.Stages.AsNoTracking().FirstAsync(s => s.Id == deal.StageId, cancellationToken);
        var now = time.GetUtcNow();
        var updated = deal.Update(details.Value with { CustomFields = values.Value }, stage, now);
        if (!updated.IsSuccess)
        {
            return updated.Error!;
        }

        deal.ChangeOwner(ownerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(deal, cancellationToken);
    }
}
