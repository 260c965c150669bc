using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Features.LostReasons;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.UpdateLostReason;

/// <summary>Renames a lost reason, or retires it (the deals lost for it keep it) or brings it back.</summary>
internal sealed record UpdateLostReason(Guid Id, string? Name, bool IsActive, VersionPrecondition Precondition) : ICommand<Result<LostReasonResponse>>;

internal sealed class UpdateLostReasonHandler(SalesDbContext db) : ICommandHandler<UpdateLostReason, Result<LostReasonResponse>>
{
    public async ValueTask<Result<LostReasonResponse>> Handle(UpdateLostReason command, CancellationToken cancellationToken)
    {
        var reason = await db.LostReasons.FirstOrDefaultAsync(r => r.Id == new LostReasonId(command.Id), cancellationToken);
        if (reason is null)
        {
            return Error.NotFound("lost_reason.not_found", $"No lost reason has the id {command.Id}.");
        }

        var current = command.Precondition.Check(reason.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var name = command.Name?.Trim();
        if (await db.LostReasons.AnyAsync(r => r.Name == name && r.Id != reason.Id, cancellationToken))
        {
            return Error.Conflict("lost_reason.name_taken", $"A lost reason is already named \"{name}\".");
        }

        var changed = reason.Change(command.Name, command.IsActive);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return LostReasonResponse.From(reason);
    }
}
