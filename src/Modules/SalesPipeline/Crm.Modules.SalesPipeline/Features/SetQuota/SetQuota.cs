using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Quotas;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.SetQuota;

/// <summary>
/// Sets what <see cref="UserId"/> should win in <see cref="Period"/> (<c>yyyy-MM</c>); an amount of 0 or none removes
/// the quota, and the answer is then null. <see cref="Precondition"/> (from If-Match) is checked when given.
/// </summary>
internal sealed record SetQuota(Guid UserId, string Period, QuotaRequest Request, VersionPrecondition? Precondition) : ICommand<Result<QuotaResponse?>>;

internal sealed class SetQuotaHandler(SalesDbContext db, IUserDirectory users, IRecordVisibility visibility, ICurrentUser currentUser, IOptions<SalesOptions> options, TimeProvider time)
    : ICommandHandler<SetQuota, Result<QuotaResponse?>>
{
    public async ValueTask<Result<QuotaResponse?>> Handle(SetQuota command, CancellationToken cancellationToken)
    {
        var month = Quota.ParseMonth(command.Period);
        if (!month.IsSuccess)
        {
            return month.Error!;
        }

        // Quotas are seen as the deals are (ListQuotas): a user out of the caller's sight has none to set.
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        if (!visible.Includes(command.UserId))
        {
            return Error.NotFound("quota.user_not_found", $"No user whose deals you can see has the id {command.UserId}.");
        }

        var amount = command.Request.Amount ?? 0;
        var valid = Quota.CheckAmount(amount);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.UserId == command.UserId && q.Month == month.Value, cancellationToken);
        if (command.Precondition?.Check(quota?.Version ?? 0) is { IsSuccess: false } stale)
        {
            return stale.Error!;
        }

        if (amount == 0)
        {
            if (quota is not null)
            {
                db.Quotas.Remove(quota);
                await db.SaveChangesAsync(cancellationToken);
            }

            return (QuotaResponse?)null;
        }

        var money = Money.Create(amount, string.IsNullOrWhiteSpace(command.Request.Currency) ? options.Value.DefaultCurrency : command.Request.Currency);
        if (!money.IsSuccess)
        {
            return money.Error!;
        }

        if (!await users.IsActiveUserAsync(command.UserId, cancellationToken))
        {
            return Error.Validation("quota.user_invalid", $"{command.UserId} is not an active user: only they can be given a quota.");
        }

        if (quota is null)
        {
            var created = Quota.Create(command.UserId, month.Value, money.Value, currentUser.Id, time.GetUtcNow());
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            quota = created.Value;
            db.Quotas.Add(quota);
        }
        else
        {
            var changed = quota.Change(money.Value, currentUser.Id, time.GetUtcNow());
            if (!changed.IsSuccess)
            {
                return changed.Error!;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueIndexViolation.Caused(exception))
        {
            return Error.Conflict("quota.set_meanwhile", $"Someone else set the quota of {command.UserId} for {command.Period} at the same time: read it and try again.");
        }

        return QuotaResponse.From(quota);
    }
}
