using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ChangeDealCustomField;

/// <summary>
/// Changes a deal field's label, flags, options, currency or position, or retires or restores it, if its version
/// satisfies <see cref="Precondition"/>. No stored value changes: options left out are retired, not removed.
/// </summary>
internal sealed record ChangeDealCustomField(Guid Id, VersionPrecondition Precondition, CustomFieldSettings Settings, bool IsRetired) : ICommand<Result<CustomFieldResponse>>;

internal sealed class ChangeDealCustomFieldHandler(SalesDbContext db, TimeProvider time) : ICommandHandler<ChangeDealCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(ChangeDealCustomField command, CancellationToken cancellationToken)
    {
        var field = await db.DealCustomFields.FirstOrDefaultAsync(f => f.Id == new CustomFieldId(command.Id), cancellationToken);
        if (field is null)
        {
            return CustomFieldErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(field.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var allowed = DealCustomFieldRules.Check(command.Settings);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var now = time.GetUtcNow();
        var changed = field.Change(command.Settings, now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        if (command.IsRetired && !field.IsRetired)
        {
            field.Retire(now);
        }
        else if (!command.IsRetired && field.IsRetired)
        {
            field.Restore(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CustomFieldResponse.From(field);
    }
}
