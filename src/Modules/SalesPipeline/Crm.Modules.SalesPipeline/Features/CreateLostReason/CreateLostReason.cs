using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Features.LostReasons;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.CreateLostReason;

internal sealed record CreateLostReason(string? Name) : ICommand<Result<LostReasonResponse>>;

internal sealed class CreateLostReasonHandler(SalesDbContext db) : ICommandHandler<CreateLostReason, Result<LostReasonResponse>>
{
    public async ValueTask<Result<LostReasonResponse>> Handle(CreateLostReason command, CancellationToken cancellationToken)
    {
        var name = command.Name?.Trim();
        if (await db.LostReasons.AnyAsync(r => r.Name == name, cancellationToken))
        {
            return Error.Conflict("lost_reason.name_taken", $"A lost reason is already named \"{name}\".");
        }

        var last = await db.LostReasons.MaxAsync(r => (int?)r.Position, cancellationToken);
        var reason = LostReason.Create(command.Name, (last ?? -1) + 1);
        if (!reason.IsSuccess)
        {
            return reason.Error!;
        }

        db.LostReasons.Add(reason.Value);
        await db.SaveChangesAsync(cancellationToken);
        return LostReasonResponse.From(reason.Value);
    }
}
